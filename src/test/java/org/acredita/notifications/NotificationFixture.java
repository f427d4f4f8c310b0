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

    /**
     * An accreditation file on a published law-enforcement edition, with the edition's first standards as
     * its rows (not started, unassigned), as opening the file would write them; returns the file's id.
     */
    public UUID accreditationFile(int standards) {
        return system(() -> {
            UUID edition = jdbc.sql("""
                    select e.id from manual_edition e where e.programme = 'LAW_ENFORCEMENT' and e.status = 'PUBLISHED'
                      and exists (select 1 from standard s where s.edition_id = e.id) order by e.effective_date desc limit 1
                    """).query(UUID.class).single();
            UUID file = UUID.randomUUID();
            jdbc.sql("insert into accreditation_file (id, agency_id, programme, edition_id, tier) values (?, ?, "
                    + "'LAW_ENFORCEMENT', ?, null)").params(file, agency, edition).update();
            jdbc.sql("""
                    insert into file_standard (file_id, agency_id, number, sort_key, chapter, title_es, title_en, level,
                        status)
                    select ?, ?, s.number, s.sort_key, s.sort_key[1], s.title_es, s.title_en, s.level, 'NOT_STARTED'
                    from standard s where s.edition_id = ? order by s.sort_key limit ?
                    """).params(file, agency, edition, standards).update();
            return file;
        });
    }

    /** The file's standards in number order. */
    public java.util.List<String> numbers(UUID file) {
        return system(() -> jdbc.sql("select number from file_standard where file_id = ? order by sort_key")
                .param(file).query(String.class).list());
    }

    /** Assigns a standard with a due date and a status, as the workflow would leave it. */
    public void assignment(UUID file, String number, UUID assignee, LocalDate due, String status) {
        system(() -> jdbc.sql("update file_standard set assignee_id = ?, due_date = ?, status = ? where file_id = ? "
                + "and number = ?").params(assignee, due, status, file, number).update());
    }

    /** An accepted waiver whose last day is this one. */
    public void waiver(UUID file, String number, LocalDate lastDay) {
        system(() -> jdbc.sql("update file_standard set status = 'WAIVED', waived_until = ? where file_id = ? "
                + "and number = ?").params(lastDay, file, number).update());
    }

    public long count(String sql, Object... params) {
        return system(() -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    public static <T> T system(java.util.function.Supplier<T> work) {
        return CurrentScope.runAs(AccessScope.SYSTEM, work);
    }
}
