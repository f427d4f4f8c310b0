package org.acredita.training.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.training.Audience;
import org.acredita.training.EventFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of {@code training_event}, {@code training_invitation} and {@code training_attendance}. Row-level security
 * limits invitations and attendance to the caller's agencies, so an event's counts are those of the agencies the
 * caller sees.
 */
@Repository
public class TrainingRepository {

    /** An event with the invited agencies and the attendance the caller sees. */
    public record EventRow(UUID id, UUID programmeId, String topic, EventFormat format, List<Audience> audiences,
            LocalDate heldOn, BigDecimal durationHours, String place, String link, String trainers,
            String description, UUID createdBy, List<UUID> invited, long attendees, BigDecimal attendedHours) {
    }

    /** What is written of an event. */
    public record EventFields(String topic, EventFormat format, List<Audience> audiences, LocalDate heldOn,
            BigDecimal durationHours, String place, String link, String trainers, String description) {
    }

    /** An attendance row with its event's topic and date (for an agency's list and the certificate). */
    public record AttendanceRow(UUID id, UUID eventId, UUID agencyId, UUID userId, String fullName, String position,
            BigDecimal hours, long certificateNumber) {
    }

    /** The figures a dashboard shows, for the agencies given. */
    public record Tally(long events, long people, BigDecimal hours) {
    }

    private static final String EVENT = """
            select e.*,
                coalesce((select array_agg(i.agency_id) from training_invitation i where i.event_id = e.id),
                    '{}'::uuid[]) as invited,
                (select count(*) from training_attendance a where a.event_id = e.id) as attendees,
                (select coalesce(sum(a.hours), 0) from training_attendance a where a.event_id = e.id) as attended_hours
            from training_event e""";

    private final JdbcClient jdbc;

    TrainingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertEvent(UUID id, UUID programmeId, EventFields e, UUID createdBy) {
        jdbc.sql("""
                insert into training_event (id, programme_id, topic, format, audiences, held_on, duration_hours, place,
                    link, trainers, description, created_by)
                values (?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, programmeId, e.topic(), e.format().name(), audiences(e.audiences()), e.heldOn(),
                        e.durationHours(), e.place(), e.link(), e.trainers(), e.description(), createdBy)
                .update();
    }

    /** Changes the event; false when row-level security left the caller no row to change. */
    public boolean updateEvent(UUID id, EventFields e) {
        return jdbc.sql("""
                update training_event set topic = ?, format = ?, audiences = string_to_array(?, ','), held_on = ?,
                    duration_hours = ?, place = ?, link = ?, trainers = ?, description = ?, updated_at = now()
                where id = ?""")
                .params(e.topic(), e.format().name(), audiences(e.audiences()), e.heldOn(), e.durationHours(),
                        e.place(), e.link(), e.trainers(), e.description(), id)
                .update() == 1;
    }

    public Optional<EventRow> event(UUID id) {
        return jdbc.sql(EVENT + " where e.id = ?").param(id).query(TrainingRepository::event).optional();
    }

    /** The events of these programmes, newest first. */
    public List<EventRow> events(Collection<UUID> programmeIds) {
        return jdbc.sql(EVENT + " where e.programme_id = any(?) order by e.held_on desc, e.topic")
                .param(programmeIds.toArray(UUID[]::new)).query(TrainingRepository::event).list();
    }

    public void invite(UUID eventId, UUID agencyId) {
        jdbc.sql("insert into training_invitation (event_id, agency_id) values (?, ?) on conflict do nothing")
                .params(eventId, agencyId).update();
    }

    public void uninvite(UUID eventId, UUID agencyId) {
        jdbc.sql("delete from training_invitation where event_id = ? and agency_id = ?").params(eventId, agencyId)
                .update();
    }

    public boolean anyAttendance(UUID eventId, UUID agencyId) {
        return jdbc.sql("select exists (select 1 from training_attendance where event_id = ? and agency_id = ?)")
                .params(eventId, agencyId).query(Boolean.class).single();
    }

    public UUID insertAttendance(UUID eventId, UUID agencyId, UUID userId, String fullName, String position,
            BigDecimal hours, UUID recordedBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into training_attendance (id, event_id, agency_id, user_id, full_name, position, hours,
                    recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, eventId, agencyId, userId, fullName, position, hours, recordedBy).update();
        return id;
    }

    /** Whether the person is already recorded at the event (the same user, or the same name at the agency). */
    public boolean attends(UUID eventId, UUID agencyId, UUID userId, String fullName) {
        return jdbc.sql("""
                select exists (select 1 from training_attendance where event_id = ?
                    and ((cast(? as uuid) is not null and user_id = cast(? as uuid)) or (agency_id = ? and lower(btrim(full_name)) = lower(btrim(?)))))""")
                .params(eventId, userId, userId, agencyId, fullName).query(Boolean.class).single();
    }

    public void deleteAttendance(UUID id) {
        jdbc.sql("delete from training_attendance where id = ?").param(id).update();
    }

    public Optional<AttendanceRow> attendance(UUID id) {
        return jdbc.sql("select * from training_attendance where id = ?").param(id)
                .query(TrainingRepository::attendance).optional();
    }

    /** The event's attendance the caller sees, by agency and name. */
    public List<AttendanceRow> attendanceAt(UUID eventId) {
        return jdbc.sql("select * from training_attendance where event_id = ? order by agency_id, lower(full_name)")
                .param(eventId).query(TrainingRepository::attendance).list();
    }

    /** An agency's attendance, newest event first. */
    public List<AttendanceRow> attendanceOf(UUID agencyId) {
        return jdbc.sql("""
                select a.* from training_attendance a join training_event e on e.id = a.event_id
                where a.agency_id = ? order by e.held_on desc, e.topic, lower(a.full_name)""")
                .param(agencyId).query(TrainingRepository::attendance).list();
    }

    /**
     * The programme's events, and the people trained (a user once, a typed-in person once per agency and name)
     * and hours attended among the given agencies, in one statement.
     */
    public Tally tally(UUID programmeId, Collection<UUID> agencyIds) {
        return jdbc.sql("""
                select (select count(*) from training_event where programme_id = :programme) as events,
                    count(distinct coalesce(a.user_id::text, a.agency_id || ':' || lower(btrim(a.full_name)))) as people,
                    coalesce(sum(a.hours), 0) as hours
                from training_attendance a join training_event e on e.id = a.event_id
                where e.programme_id = :programme and a.agency_id = any(:agencies)""")
                .param("programme", programmeId).param("agencies", agencyIds.toArray(UUID[]::new))
                .query((rs, n) -> new Tally(rs.getLong("events"), rs.getLong("people"), rs.getBigDecimal("hours")))
                .single();
    }

    private static String audiences(List<Audience> audiences) {
        return String.join(",", audiences.stream().map(Audience::name).toList());
    }

    private static EventRow event(ResultSet rs, int row) throws SQLException {
        List<Audience> audiences = Arrays.stream((String[]) rs.getArray("audiences").getArray())
                .map(Audience::valueOf).toList();
        List<UUID> invited = Arrays.asList((UUID[]) rs.getArray("invited").getArray());
        return new EventRow(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getString("topic"), EventFormat.valueOf(rs.getString("format")), audiences,
                rs.getObject("held_on", LocalDate.class), rs.getBigDecimal("duration_hours"), rs.getString("place"),
                rs.getString("link"), rs.getString("trainers"), rs.getString("description"),
                rs.getObject("created_by", UUID.class), invited, rs.getLong("attendees"),
                rs.getBigDecimal("attended_hours"));
    }

    private static AttendanceRow attendance(ResultSet rs, int row) throws SQLException {
        return new AttendanceRow(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getObject("agency_id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("full_name"),
                rs.getString("position"), rs.getBigDecimal("hours"), rs.getLong("certificate_number"));
    }
}
