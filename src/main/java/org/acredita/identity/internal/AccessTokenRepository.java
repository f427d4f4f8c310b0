package org.acredita.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.identity.internal.AccessToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens; the secret itself is never stored, only its SHA-256. */
@Repository
public class AccessTokenRepository {

    private final JdbcClient jdbc;

    AccessTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(UUID userId, UUID agencyId, String name, String tokenHash, Instant expiresAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into access_token (id, user_id, agency_id, name, token_hash, expires_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, userId, agencyId, name, tokenHash, Timestamp.from(expiresAt)).update();
        return id;
    }

    public List<AccessToken> findByUser(UUID userId) {
        return jdbc.sql("select id, name, created_at, expires_at, revoked_at, last_used_at from access_token where user_id = ? order by created_at desc")
                .param(userId).query(AccessTokenRepository::map).list();
    }

    public Optional<AccessToken> findOwned(UUID id, UUID userId) {
        return jdbc.sql("select id, name, created_at, expires_at, revoked_at, last_used_at from access_token where id = ? and user_id = ?")
                .params(id, userId).query(AccessTokenRepository::map).optional();
    }

    public void revoke(UUID id) {
        jdbc.sql("update access_token set revoked_at = now() where id = ? and revoked_at is null").param(id).update();
    }

    /**
     * The owner of a live token, marking it used at most once a minute: a read-only call then commits no write.
     * The update re-checks the age, so concurrent calls of a token past its minute write it once.
     */
    public Optional<UUID> use(String tokenHash) {
        Optional<LiveToken> live = jdbc.sql("""
                select id, user_id, last_used_at is null or last_used_at < now() - interval '1 minute' as stale
                from access_token where token_hash = ? and revoked_at is null and expires_at > now()
                """).param(tokenHash).query((rs, row) -> new LiveToken(rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class), rs.getBoolean("stale"))).optional();
        live.filter(LiveToken::stale).ifPresent(token -> markUsed(token.id()));
        return live.map(LiveToken::userId);
    }

    private record LiveToken(UUID id, UUID userId, boolean stale) {
    }

    private void markUsed(UUID id) {
        jdbc.sql("""
                update access_token set last_used_at = now()
                where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')
                """).param(id).update();
    }

    private static AccessToken map(ResultSet rs, int row) throws SQLException {
        return new AccessToken(rs.getObject("id", UUID.class), rs.getString("name"), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
