package org.acredita.commission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.commission.ConflictKind;
import org.acredita.commission.DocketReason;
import org.acredita.commission.MeetingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of the Commission's meetings, docket items, panel seats and declared conflicts. Meetings have no agency;
 * the rest carry {@code agency_id} under row-level security, so a foreign agency's item is simply absent.
 */
@Repository
public class MeetingStore {

    public record MeetingRow(UUID id, LocalDate meetsOn, LocalTime startsAt, String timeZone, String place,
            String virtualLink, MeetingStatus status) {
    }

    public record ItemRow(UUID id, UUID meetingId, UUID agencyId, DocketReason reason, UUID assessmentId) {
    }

    public record SeatRow(UUID itemId, UUID commissionerId) {
    }

    public record ConflictRow(UUID id, UUID commissionerId, UUID agencyId, ConflictKind kind, String note,
            java.time.Instant declaredAt) {
    }

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insertMeeting(LocalDate meetsOn, LocalTime startsAt, String timeZone, String place, String link,
            UUID createdBy) {
        return jdbc.sql("""
                insert into commission_meeting (meets_on, starts_at, time_zone, place, virtual_link, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(meetsOn, startsAt, timeZone, place, link, createdBy).query(UUID.class).single();
    }

    public boolean anyMeeting() {
        return jdbc.sql("select exists (select 1 from commission_meeting)").query(Boolean.class).single();
    }

    public List<MeetingRow> meetings() {
        return jdbc.sql("select * from commission_meeting order by meets_on desc, created_at desc")
                .query(MeetingStore::meeting).list();
    }

    /** The meetings on whose docket the commissioner sits on a panel. */
    public List<MeetingRow> meetingsSeating(UUID commissionerId) {
        return jdbc.sql("""
                select * from commission_meeting m where exists (select 1 from commission_docket_item i
                    join commission_panel_seat s on s.docket_item_id = i.id
                    where i.meeting_id = m.id and s.commissioner_id = ?)
                order by meets_on desc, created_at desc""").param(commissionerId).query(MeetingStore::meeting).list();
    }

    public Optional<MeetingRow> meeting(UUID id) {
        return jdbc.sql("select * from commission_meeting where id = ?").param(id).query(MeetingStore::meeting)
                .optional();
    }

    /** Locks the meeting while its docket or status changes, so a closing docket and a new item never cross. */
    public Optional<MeetingRow> meetingForUpdate(UUID id) {
        return jdbc.sql("select * from commission_meeting where id = ? for update").param(id)
                .query(MeetingStore::meeting).optional();
    }

    public boolean moveStatus(UUID id, MeetingStatus from, MeetingStatus to) {
        return jdbc.sql("update commission_meeting set status = ? where id = ? and status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    public UUID insertItem(UUID meetingId, UUID agencyId, DocketReason reason, UUID assessmentId, UUID addedBy) {
        return jdbc.sql("""
                insert into commission_docket_item (meeting_id, agency_id, reason, assessment_id, added_by)
                values (?, ?, ?, ?, ?) on conflict (meeting_id, agency_id) do nothing returning id""")
                .params(meetingId, agencyId, reason.name(), assessmentId, addedBy).query(UUID.class).optional()
                .orElse(null);
    }

    public List<ItemRow> items(Collection<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from commission_docket_item where meeting_id = any(?) order by added_at, id")
                .param(meetingIds.toArray(UUID[]::new)).query(MeetingStore::item).list();
    }

    public Optional<ItemRow> item(UUID id) {
        return jdbc.sql("select * from commission_docket_item where id = ?").param(id).query(MeetingStore::item)
                .optional();
    }

    public List<SeatRow> seats(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select docket_item_id, commissioner_id from commission_panel_seat where docket_item_id = any(?)"
                        + " order by seated_at, commissioner_id")
                .param(itemIds.toArray(UUID[]::new))
                .query((rs, n) -> new SeatRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    }

    public boolean insertSeat(UUID itemId, UUID agencyId, UUID commissionerId, UUID seatedBy) {
        return jdbc.sql("""
                insert into commission_panel_seat (docket_item_id, agency_id, commissioner_id, seated_by)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(itemId, agencyId, commissionerId, seatedBy).update() == 1;
    }

    public UUID insertConflict(UUID commissionerId, UUID agencyId, ConflictKind kind, String note, UUID declaredBy) {
        return jdbc.sql("""
                insert into commission_conflict (commissioner_id, agency_id, kind, note, declared_by)
                values (?, ?, ?, ?, ?) on conflict (commissioner_id, agency_id) do nothing returning id""")
                .params(commissionerId, agencyId, kind.name(), note, declaredBy).query(UUID.class).optional()
                .orElse(null);
    }

    public Optional<ConflictRow> conflict(UUID commissionerId, UUID agencyId) {
        return jdbc.sql("select * from commission_conflict where commissioner_id = ? and agency_id = ?")
                .params(commissionerId, agencyId).query(MeetingStore::conflict).optional();
    }

    public List<ConflictRow> conflictsOf(UUID commissionerId) {
        return jdbc.sql("select * from commission_conflict where commissioner_id = ? order by declared_at")
                .param(commissionerId).query(MeetingStore::conflict).list();
    }

    public List<ConflictRow> allConflicts() {
        return jdbc.sql("select * from commission_conflict order by declared_at").query(MeetingStore::conflict).list();
    }

    private static MeetingRow meeting(ResultSet rs, int row) throws SQLException {
        return new MeetingRow(rs.getObject("id", UUID.class), rs.getObject("meets_on", LocalDate.class),
                rs.getObject("starts_at", LocalTime.class), rs.getString("time_zone"), rs.getString("place"),
                rs.getString("virtual_link"), MeetingStatus.valueOf(rs.getString("status")));
    }

    private static ItemRow item(ResultSet rs, int row) throws SQLException {
        return new ItemRow(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("agency_id", UUID.class), DocketReason.valueOf(rs.getString("reason")),
                rs.getObject("assessment_id", UUID.class));
    }

    private static ConflictRow conflict(ResultSet rs, int row) throws SQLException {
        return new ConflictRow(rs.getObject("id", UUID.class), rs.getObject("commissioner_id", UUID.class),
                rs.getObject("agency_id", UUID.class), ConflictKind.valueOf(rs.getString("kind")),
                rs.getString("note"), rs.getObject("declared_at", OffsetDateTime.class).toInstant());
    }
}
