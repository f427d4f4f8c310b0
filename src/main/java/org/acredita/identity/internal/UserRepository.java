package org.acredita.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.time.ZoneId;
import org.acredita.access.OrganisationKind;
import org.acredita.access.Role;
import org.acredita.identity.Organisation;
import org.acredita.identity.internal.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** User rows, their role grants and agency assignments. */
@Repository
public class UserRepository {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.email, u.locale, u.organisation_id, o.name as organisation_name,
                   u.enabled, u.password_hash is not null as has_password, u.created_at,
                   (select l.locked_until from sign_in_account_lock l where l.username = u.username and l.locked_until > now())
                       as locked_until,
                   coalesce((select array_agg(g.role order by g.role) from role_grant g where g.user_id = u.id),
                            '{}') as roles
            from app_user u join organisation o on o.id = u.organisation_id
            """;

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UserAccount> findAll(UUID organisationId) {
        return jdbc.sql(SELECT + " where (cast(? as uuid) is null or u.organisation_id = ?) order by o.name, u.username")
                .params(organisationId, organisationId).query(UserRepository::map).list();
    }

    public Optional<UserAccount> findById(UUID id) {
        return jdbc.sql(SELECT + " where u.id = ?").param(id).query(UserRepository::map).optional();
    }

    /** Who is calling, in one query: the user, their organisation and the agencies assigned to them. */
    public Optional<Caller> caller(UUID id) {
        return jdbc.sql(SELECT.replace("from app_user u", """
                       , o.kind as organisation_kind, o.state_code as organisation_state_code,
                       o.time_zone as organisation_time_zone,
                       coalesce((select array_agg(a.agency_id) from agency_assignment a where a.user_id = u.id), '{}')
                           as assigned_agencies
                from app_user u""") + " where u.id = ?").param(id).query((rs, row) -> new Caller(map(rs, row),
                        new Organisation(rs.getObject("organisation_id", UUID.class),
                                OrganisationKind.valueOf(rs.getString("organisation_kind")),
                                rs.getString("organisation_name"), rs.getString("organisation_state_code"),
                                ZoneId.of(rs.getString("organisation_time_zone"))),
                        Set.of((UUID[]) rs.getArray("assigned_agencies").getArray()))).optional();
    }

    /** A user with their organisation and assigned agencies, as the scope of a request needs them. */
    public record Caller(UserAccount account, Organisation organisation, Set<UUID> assignedAgencies) {
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = ?").param(username).query(UserRepository::map).optional();
    }

    public boolean usernameTaken(String username) {
        return jdbc.sql("select exists (select 1 from app_user where username = ?)").param(username)
                .query(Boolean.class).single();
    }

    public Optional<String> passwordHash(UUID id) {
        return jdbc.sql("select password_hash from app_user where id = ? and password_hash is not null").param(id)
                .query(String.class).optional();
    }

    public UUID insert(String username, String displayName, String email, String locale, UUID organisationId,
            UUID agencyId, String passwordHash) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into app_user (id, username, display_name, email, locale, organisation_id, agency_id,
                                      password_hash, password_changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, case when cast(? as text) is null then null else now() end)
                """).params(id, username, displayName, email, locale, organisationId, agencyId, passwordHash,
                passwordHash).update();
        return id;
    }

    public void grant(UUID userId, Role role, UUID agencyId, UUID grantedBy) {
        jdbc.sql("insert into role_grant (user_id, role, agency_id, granted_by) values (?, ?, ?, ?) on conflict do nothing")
                .params(userId, role.name(), agencyId, grantedBy).update();
    }

    public int revoke(UUID userId, Role role) {
        return jdbc.sql("delete from role_grant where user_id = ? and role = ?").params(userId, role.name()).update();
    }

    public long countWithRole(Role role) {
        return jdbc.sql("select count(*) from role_grant g join app_user u on u.id = g.user_id where g.role = ? and u.enabled")
                .param(role.name()).query(Long.class).single();
    }

    /** Held until the transaction ends: changes to administrators happen one at a time. */
    public void lockAdministrators() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('acredita.administrators'))").query((rs, row) -> 1).list();
    }

    public int unassignAll(UUID userId) {
        return jdbc.sql("delete from agency_assignment where user_id = ?").param(userId).update();
    }

    public void setPassword(UUID userId, String hash) {
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = now() where id = ?")
                .params(hash, userId).update();
    }

    public void setLocale(UUID userId, String locale) {
        jdbc.sql("update app_user set locale = ? where id = ?").params(locale, userId).update();
    }

    public void setEmail(UUID userId, String email) {
        jdbc.sql("update app_user set email = ? where id = ?").params(email, userId).update();
    }

    public void setEnabled(UUID userId, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?").params(enabled, userId).update();
    }

    public Set<UUID> assignedAgencies(UUID userId) {
        return Set.copyOf(jdbc.sql("select agency_id from agency_assignment where user_id = ?").param(userId)
                .query(UUID.class).list());
    }

    public void assign(UUID userId, UUID agencyId, UUID assignedBy) {
        jdbc.sql("insert into agency_assignment (user_id, agency_id, assigned_by) values (?, ?, ?) on conflict do nothing")
                .params(userId, agencyId, assignedBy).update();
    }

    public int unassign(UUID userId, UUID agencyId) {
        return jdbc.sql("delete from agency_assignment where user_id = ? and agency_id = ?").params(userId, agencyId)
                .update();
    }

    static UserAccount map(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"),
                rs.getString("display_name"), rs.getString("email"), rs.getString("locale"),
                rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"), roles(rs.getArray("roles")),
                rs.getBoolean("enabled"), rs.getBoolean("has_password"), locked == null ? null : locked.toInstant(),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Set<Role> roles(Array array) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    /** For sign-in: the hash, read with the system's scope. */
    public record Credentials(UUID id, String username, String passwordHash, boolean enabled) {
    }

    public Optional<Credentials> credentials(String username) {
        return jdbc.sql("select id, username, password_hash, enabled from app_user where username = ?")
                .param(username).query((rs, n) -> new Credentials(rs.getObject("id", UUID.class),
                        rs.getString("username"), rs.getString("password_hash"), rs.getBoolean("enabled")))
                .optional();
    }

}
