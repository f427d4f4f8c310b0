package org.acredita.assessments.visits;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The site visit tables; row-level security keeps every query within the caller's reach. */
@Repository
public class VisitStore {

    private static final String VISIT = """
            select id, assessment_id, agency_id, starts_on, ends_on, time_zone, notice_days, comments_open_at,
                   comments_close_at
            from site_visit""";
    private static final String ITEM = """
            select id, kind, title, place, starts_at, ends_at, team_members, agency_people, notes
            from site_visit_item""";

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SiteVisit> ofAssessment(UUID assessmentId) {
        return jdbc.sql(VISIT + " where assessment_id = ?").param(assessmentId).query(VisitStore::visit).optional();
    }

    public Optional<SiteVisit> find(UUID visitId) {
        return jdbc.sql(VISIT + " where id = ?").param(visitId).query(VisitStore::visit).optional();
    }

    /** Visits whose comment period is open at the instant, soonest closing first. */
    public List<SiteVisit> open(Instant at) {
        return jdbc.sql(VISIT + " where comments_open_at <= ? and comments_close_at > ? order by starts_on, id")
                .params(Timestamp.from(at), Timestamp.from(at)).query(VisitStore::visit).list();
    }

    public UUID insert(UUID assessmentId, UUID agencyId, LocalDate startsOn, LocalDate endsOn, ZoneId zone,
            int noticeDays, Instant openAt, Instant closeAt, UUID by) {
        return jdbc.sql("""
                insert into site_visit (assessment_id, agency_id, starts_on, ends_on, time_zone, notice_days,
                                        comments_open_at, comments_close_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(assessmentId, agencyId, startsOn, endsOn, zone.getId(), noticeDays, Timestamp.from(openAt),
                        Timestamp.from(closeAt), by)
                .query(UUID.class).single();
    }

    /** Moves the visit's days; the comment period keeps its opening and closes at the new end. */
    public void reschedule(UUID visitId, LocalDate startsOn, LocalDate endsOn, Instant closeAt) {
        jdbc.sql("update site_visit set starts_on = ?, ends_on = ?, comments_close_at = ? where id = ?")
                .params(startsOn, endsOn, Timestamp.from(closeAt), visitId).update();
    }

    public List<VisitItem> items(UUID visitId) {
        return jdbc.sql(ITEM + " where site_visit_id = ? order by starts_at, title").param(visitId)
                .query(VisitStore::item).list();
    }

    public Optional<VisitItem> item(UUID visitId, UUID itemId) {
        return jdbc.sql(ITEM + " where site_visit_id = ? and id = ?").params(visitId, itemId).query(VisitStore::item)
                .optional();
    }

    public UUID insertItem(SiteVisit visit, VisitItemKind kind, String title, String place, Instant startsAt,
            Instant endsAt, List<UUID> team, String agencyPeople, String notes, UUID by) {
        return jdbc.sql("""
                insert into site_visit_item (site_visit_id, agency_id, kind, title, place, starts_at, ends_at,
                                             team_members, agency_people, notes, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(visit.id(), visit.agencyId(), kind.name(), title, place, Timestamp.from(startsAt),
                        Timestamp.from(endsAt), team.toArray(UUID[]::new), agencyPeople, notes, by)
                .query(UUID.class).single();
    }

    public boolean updateItem(UUID visitId, UUID itemId, VisitItemKind kind, String title, String place,
            Instant startsAt, Instant endsAt, List<UUID> team, String agencyPeople, String notes, UUID by) {
        return jdbc.sql("""
                update site_visit_item set kind = ?, title = ?, place = ?, starts_at = ?, ends_at = ?,
                       team_members = ?, agency_people = ?, notes = ?, updated_by = ?, updated_at = clock_timestamp()
                where site_visit_id = ? and id = ?""")
                .params(kind.name(), title, place, Timestamp.from(startsAt), Timestamp.from(endsAt),
                        team.toArray(UUID[]::new), agencyPeople, notes, by, visitId, itemId)
                .update() == 1;
    }

    public boolean deleteItem(UUID visitId, UUID itemId) {
        return jdbc.sql("delete from site_visit_item where site_visit_id = ? and id = ?").params(visitId, itemId)
                .update() == 1;
    }

    /** Whether an item lies outside the days given (checked before the visit's days move). */
    public boolean itemsOutside(UUID visitId, Instant from, Instant until) {
        return jdbc.sql("select exists (select 1 from site_visit_item where site_visit_id = ? "
                + "and (starts_at < ? or ends_at > ?))")
                .params(visitId, Timestamp.from(from), Timestamp.from(until)).query(Boolean.class).single();
    }

    public UUID insertNote(SiteVisit visit, UUID itemId, NoteKind kind, List<String> standards, String body, UUID by) {
        return jdbc.sql("""
                insert into site_visit_note (site_visit_id, agency_id, item_id, kind, standards, body, author_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(visit.id(), visit.agencyId(), itemId, kind.name(), standards.toArray(String[]::new), body, by)
                .query(UUID.class).single();
    }

    /** Notes, oldest first; the author's name is resolved by the caller. */
    public List<VisitNote> notes(UUID visitId) {
        return jdbc.sql("""
                select id, item_id, kind, standards, body, author_id, created_at from site_visit_note
                where site_visit_id = ? order by created_at, id""").param(visitId)
                .query((rs, n) -> new VisitNote(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
                        NoteKind.valueOf(rs.getString("kind")), List.of((String[]) rs.getArray("standards").getArray()),
                        rs.getString("body"), rs.getObject("author_id", UUID.class), "",
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static SiteVisit visit(ResultSet rs, int n) throws SQLException {
        return new SiteVisit(rs.getObject("id", UUID.class), rs.getObject("assessment_id", UUID.class),
                rs.getObject("agency_id", UUID.class), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), ZoneId.of(rs.getString("time_zone")),
                rs.getInt("notice_days"), rs.getTimestamp("comments_open_at").toInstant(),
                rs.getTimestamp("comments_close_at").toInstant());
    }

    private static VisitItem item(ResultSet rs, int n) throws SQLException {
        return new VisitItem(rs.getObject("id", UUID.class), VisitItemKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("place"), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), Arrays.asList((UUID[]) rs.getArray("team_members").getArray()),
                rs.getString("agency_people"), rs.getString("notes"));
    }
}
