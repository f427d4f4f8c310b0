package org.acredita.identity.signin;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrator's choices about providers, and the links between people and their providers' subjects. */
@Repository
class SignInRecords {

    private final JdbcClient jdbc;

    SignInRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> turnedOff() {
        return Set.copyOf(jdbc.sql("select provider from sign_in_provider_state where not enabled")
                .query(String.class).list());
    }

    void setEnabled(String provider, boolean enabled, UUID by) {
        jdbc.sql("""
                insert into sign_in_provider_state (provider, enabled, changed_by) values (?, ?, ?)
                on conflict (provider) do update set enabled = excluded.enabled, changed_at = now(),
                    changed_by = excluded.changed_by
                """).params(provider, enabled, by).update();
    }

    private static final String RULES = """
            select p.provider, p.email_domain, p.organisation_id, o.name, p.role
            from sign_in_provisioning p join organisation o on o.id = p.organisation_id
            """;

    List<ProvisioningRule> rules() {
        return jdbc.sql(RULES + " order by p.provider, p.email_domain").query(SignInRecords::rule).list();
    }

    Optional<ProvisioningRule> rule(String provider, String emailDomain) {
        return jdbc.sql(RULES + " where p.provider = ? and p.email_domain = ?").params(provider, emailDomain)
                .query(SignInRecords::rule).optional();
    }

    private static ProvisioningRule rule(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ProvisioningRule(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                Role.valueOf(rs.getString(5)));
    }

    /** False when the provider already provisions that domain (one organisation and role per domain). */
    boolean allow(String provider, String emailDomain, UUID organisationId, Role role, UUID by) {
        return jdbc.sql("""
                insert into sign_in_provisioning (provider, email_domain, organisation_id, role, created_by)
                values (?, ?, ?, ?, ?) on conflict do nothing
                """).params(provider, emailDomain, organisationId, role.name(), by).update() == 1;
    }

    boolean disallow(String provider, String emailDomain) {
        return jdbc.sql("delete from sign_in_provisioning where provider = ? and email_domain = ?")
                .params(provider, emailDomain).update() == 1;
    }

    /** Serialises first sign-ins of one subject, so two at once make one link and one account. */
    void lockSubject(String issuer, String subject) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('acredita.sign-in'), hashtext(? || ' ' || ?))")
                .params(issuer, subject).query((rs, n) -> 1).list();
    }

    Optional<UUID> linkedUser(String issuer, String subject) {
        return jdbc.sql("select user_id from sign_in_link where issuer = ? and subject = ?").params(issuer, subject)
                .query(UUID.class).optional();
    }

    void link(String issuer, String subject, String provider, UUID userId) {
        jdbc.sql("insert into sign_in_link (issuer, subject, provider, user_id) values (?, ?, ?, ?)")
                .params(issuer, subject, provider, userId).update();
    }

    List<UUID> usersWithEmail(String email) {
        return jdbc.sql("select id from app_user where lower(email) = lower(?) order by id").param(email)
                .query(UUID.class).list();
    }
}
