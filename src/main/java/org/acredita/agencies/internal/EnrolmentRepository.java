package org.acredita.agencies.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.agencies.Enrolment;
import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.agencies.internal.TimelineEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Enrolments and their timeline; row-level security hides other agencies' rows. */
@Repository
public class EnrolmentRepository {

    private static final String COLUMNS = "id, agency_id, programme, phase, agreement_date, self_assessment_deadline, "
            + "extension_months, hearing_date, award_date, award_expires";
    private final JdbcClient jdbc;

    EnrolmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Enrolment> ofAgency(UUID agencyId) {
        return jdbc.sql("select " + COLUMNS + " from agency_enrolment where agency_id = ? order by created_at")
                .param(agencyId).query(EnrolmentRepository::map).list();
    }

    /** The open enrolment, locked so two transitions of the same agency happen one after the other. */
    public Optional<Enrolment> openForUpdate(UUID agencyId, AccreditationProgramme programme) {
        return jdbc.sql("select " + COLUMNS + " from agency_enrolment where agency_id = ? and programme = ? "
                + "and phase not in ('DECLINED', 'DENIED', 'WITHDRAWN', 'REMOVED', 'LAPSED') for update")
                .params(agencyId, programme.name()).query(EnrolmentRepository::map).optional();
    }

    public Enrolment insert(UUID agencyId, AccreditationProgramme programme) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into agency_enrolment (id, agency_id, programme, phase) values (?, ?, ?, 'CANDIDATE')")
                .params(id, agencyId, programme.name()).update();
        return new Enrolment(id, agencyId, programme, Phase.CANDIDATE, null, null, 0, null, null, null);
    }

    public void update(Enrolment enrolment) {
        jdbc.sql("""
                update agency_enrolment set phase = ?, agreement_date = ?, self_assessment_deadline = ?,
                    extension_months = ?, hearing_date = ?, award_date = ?, award_expires = ?, updated_at = now()
                where id = ?
                """).params(enrolment.phase().name(), date(enrolment.agreementDate()),
                date(enrolment.selfAssessmentDeadline()), enrolment.extensionMonths(), date(enrolment.hearingDate()),
                date(enrolment.awardDate()), date(enrolment.awardExpires()), enrolment.id()).update();
    }

    /** Adds a step to the timeline and answers its id (attachments are kept under it). */
    public long addToTimeline(Enrolment enrolment, Phase from, Phase to, UUID actorId, String actorName, String reason,
            LocalDate recordedDate) {
        return jdbc.sql("""
                insert into agency_transition (enrolment_id, agency_id, from_phase, to_phase, actor_id, actor_name,
                    reason, recorded_date) values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(enrolment.id(), enrolment.agencyId(), from == null ? null : from.name(), to.name(), actorId,
                actorName, reason, date(recordedDate)).query(Long.class).single();
    }

    /** A step of this agency's timeline and who recorded it (no one for steps the system recorded). */
    public record Step(long id, UUID recordedBy) {
    }

    public java.util.Optional<Step> step(UUID agencyId, long entryId) {
        return jdbc.sql("select id, actor_id from agency_transition where agency_id = ? and id = ?")
                .params(agencyId, entryId).query((rs, n) -> new Step(rs.getLong(1), rs.getObject(2, UUID.class)))
                .optional();
    }

    public List<TimelineEntry> timeline(UUID agencyId) {
        return jdbc.sql("""
                select t.id, e.programme, t.from_phase, t.to_phase, t.occurred_at, t.actor_name, t.reason, t.recorded_date, t.actor_id
                from agency_transition t join agency_enrolment e on e.id = t.enrolment_id
                where t.agency_id = ? order by t.id desc
                """).param(agencyId).query((rs, row) -> new TimelineEntry(rs.getLong(1),
                        AccreditationProgramme.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : Phase.valueOf(rs.getString(3)), Phase.valueOf(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(), rs.getObject(9, UUID.class), rs.getString(6), rs.getString(7),
                        local(rs, 8)))
                .list();
    }

    private static Enrolment map(ResultSet rs, int row) throws SQLException {
        return new Enrolment(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                AccreditationProgramme.valueOf(rs.getString("programme")), Phase.valueOf(rs.getString("phase")),
                local(rs, "agreement_date"), local(rs, "self_assessment_deadline"), rs.getInt("extension_months"),
                local(rs, "hearing_date"), local(rs, "award_date"), local(rs, "award_expires"));
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static LocalDate local(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
