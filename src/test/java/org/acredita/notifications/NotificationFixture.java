package org.acredita.notifications;

import java.time.LocalDate;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A fresh agency with its people and dated obligations, written as the system would, so each test owns
 * its data and the demo agencies stay as the other tests expect them.
 */
public final class NotificationFixture {

    public static final String PASSWORD = "acredita-demo";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final UUID agency;

    public NotificationFixture(JdbcClient jdbc, PasswordEncoder passwords, String name) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.agency = system(() -> jdbc.sql("insert into organisation (kind, name, state_code) values ('AGENCY', ?, '14') "
                + "returning id").param(name + " " + tag).query(UUID.class).single());
    }

    public String email(String who) {
        return who + "." + tag + "@prueba.acredita.invalid";
    }

    public String username(String who) {
        return who + "." + tag;
    }

    /** A user of the agency (or, with {@code ofAgency} false, of the advisory foundation) holding one role. */
    public UUID user(String who, String role, boolean ofAgency, String locale, boolean enabled) {
        return system(() -> {
            UUID organisation = ofAgency ? agency : jdbc.sql("select id from organisation where kind = 'ADVISORY' "
                    + "order by created_at limit 1").query(UUID.class).single();
            UUID id = jdbc.sql("""
                    insert into app_user (username, display_name, email, locale, organisation_id, agency_id,
                        password_hash, enabled) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(username(who), "Persona " + who, email(who), locale, organisation, ofAgency ? agency : null,
                            passwords.encode(PASSWORD), enabled).query(UUID.class).single();
            jdbc.sql("insert into role_grant (user_id, role, agency_id) values (?, ?, ?)")
                    .params(id, role, ofAgency ? agency : null).update();
            return id;
        });
    }

    public void assign(UUID user) {
        system(() -> jdbc.sql("insert into agency_assignment (user_id, agency_id) values (?, ?)").params(user, agency)
                .update());
    }

    public UUID selfAssessmentDue(LocalDate deadline) {
        return system(() -> jdbc.sql("""
                insert into agency_enrolment (agency_id, programme, phase, agreement_date, self_assessment_deadline)
                values (?, 'LAW_ENFORCEMENT', 'SELF_ASSESSMENT', ?, ?) returning id""")
                .params(agency, deadline.minusMonths(36), deadline).query(UUID.class).single());
    }

    public UUID awardExpires(LocalDate expires) {
        return system(() -> jdbc.sql("""
                insert into agency_enrolment (agency_id, programme, phase, agreement_date, self_assessment_deadline,
                    award_date, award_expires) values (?, 'COMMUNICATIONS', 'CONTINUED_COMPLIANCE', ?, ?, ?, ?)
                returning id""").params(agency, expires.minusYears(7), expires.minusYears(5), expires.minusYears(4),
                        expires).query(UUID.class).single());
    }

    public UUID improvementItem(String title, LocalDate due) {
        return system(() -> jdbc.sql("""
                insert into improvement_item (agency_id, category, title, due_date, priority, status)
                values (?, 'PROCEDURE', ?, ?, 'HIGH', 'OPEN') returning id""").params(agency, title, due)
                .query(UUID.class).single());
    }

    public long count(String sql, Object... params) {
        return system(() -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    public static <T> T system(java.util.function.Supplier<T> work) {
        return CurrentScope.runAs(AccessScope.SYSTEM, work);
    }
}
