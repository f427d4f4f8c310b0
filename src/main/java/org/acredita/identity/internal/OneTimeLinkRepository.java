package org.acredita.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time links (invitations, first-administrator setup); only a hash of the secret is stored. */
@Repository
public class OneTimeLinkRepository {

    public enum Purpose { INVITATION, SETUP }

    public record Link(String tokenHash, Purpose purpose, UUID userId, Instant expiresAt, Instant usedAt) {
    }

    private final JdbcClient jdbc;

    OneTimeLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tokenHash, Purpose purpose, UUID userId, UUID agencyId, Instant expiresAt) {
        jdbc.sql("insert into one_time_link (token_hash, purpose, user_id, agency_id, expires_at) values (?, ?, ?, ?, ?)")
                .params(tokenHash, purpose.name(), userId, agencyId, Timestamp.from(expiresAt)).update();
    }

    /** Locks the row so two concurrent uses of the same link cannot both succeed. */
    public Optional<Link> findForUse(String tokenHash) {
        return jdbc.sql("select token_hash, purpose, user_id, expires_at, used_at from one_time_link where token_hash = ? for update")
                .param(tokenHash).query((rs, n) -> new Link(rs.getString(1), Purpose.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .optional();
    }

    public Optional<Link> find(String tokenHash) {
        return jdbc.sql("select token_hash, purpose, user_id, expires_at, used_at from one_time_link where token_hash = ?")
                .param(tokenHash).query((rs, n) -> new Link(rs.getString(1), Purpose.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .optional();
    }

    public void markUsed(String tokenHash) {
        jdbc.sql("update one_time_link set used_at = now() where token_hash = ?").param(tokenHash).update();
    }

    public void expireUnused(Purpose purpose) {
        jdbc.sql("update one_time_link set expires_at = now() where purpose = ? and used_at is null and expires_at > now()")
                .param(purpose.name()).update();
    }
}
