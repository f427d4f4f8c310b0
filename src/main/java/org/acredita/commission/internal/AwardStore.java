package org.acredita.commission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.commission.AwardStatus;
import org.acredita.commission.Condition;
import org.acredita.commission.Outcome;
import org.acredita.commission.StandingChange;
import org.acredita.commission.StandingEvent;
import org.acredita.commission.internal.DecisionStore.AwardRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What happens to an award after the decision: conditions lifted, later decisions and lapses, and the reads of
 * awards across agencies (a funded programme's, the agency's page). Under the agency's row-level security.
 */
@Repository
public class AwardStore {

    /** A condition with the award it belongs to. */
    public record ConditionRow(Condition condition, UUID agencyId, UUID awardId) {
    }

    /** A decision with its meeting's date, for pages listing decisions. */
    public record DecisionLine(UUID id, UUID agencyId, UUID itemId, UUID meetingId, Outcome outcome,
            LocalDate decidedOn) {
    }

    /** An agency's appearance on a docket: the meeting's date and status, and the decision if taken. */
    public record HearingLine(UUID meetingId, UUID itemId, LocalDate meetsOn, String meetingStatus, String reason,
            Outcome outcome, LocalDate decidedOn) {
    }

    private final JdbcClient jdbc;

    AwardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AwardRow> awardForUpdate(UUID awardId) {
        return jdbc.sql("select * from commission_award where id = ? for update").param(awardId)
                .query(DecisionStore::award).optional();
    }

    /** Whether a later award of the same agency and programme exists (a reaccreditation supersedes this one). */
    public boolean superseded(AwardRow award) {
        return jdbc.sql("""
                select exists (select 1 from commission_award where agency_id = ? and programme = ?
                    and awarded_on > ?)""").params(award.agencyId(), award.programme(), award.awardedOn())
                .query(Boolean.class).single();
    }

    /** Moves the award from one status to another; false when it no longer stands as read (another got there). */
    public boolean moveStatus(UUID awardId, AwardStatus from, AwardStatus to) {
        return jdbc.sql("update commission_award set status = ? where id = ? and status = ?")
                .params(to.name(), awardId, from.name()).update() == 1;
    }

    public UUID insertEvent(UUID awardId, UUID agencyId, StandingChange change, LocalDate decidedOn, String reason,
            UUID by) {
        return jdbc.sql("""
                insert into commission_award_event (award_id, agency_id, change, decided_on, reason, recorded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(awardId, agencyId, change.name(), decidedOn, reason, by).query(UUID.class).single();
    }

    public List<StandingEvent> events(Collection<UUID> awardIds) {
        if (awardIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from commission_award_event where award_id = any(?) order by recorded_at, id")
                .param(awardIds.toArray(UUID[]::new))
                .query((rs, n) -> new StandingEvent(rs.getObject("id", UUID.class),
                        rs.getObject("award_id", UUID.class), StandingChange.valueOf(rs.getString("change")),
                        rs.getObject("decided_on", LocalDate.class), rs.getString("reason")))
                .list();
    }

    public Optional<ConditionRow> conditionForUpdate(UUID conditionId) {
        return jdbc.sql("""
                select c.*, a.id as award_id from commission_condition c
                join commission_award a on a.decision_id = c.decision_id
                where c.id = ? for update of c""").param(conditionId)
                .query((rs, n) -> new ConditionRow(DecisionStore.condition(rs, n), rs.getObject("agency_id", UUID.class),
                        rs.getObject("award_id", UUID.class)))
                .optional();
    }

    /** Lifts an open condition; false when it was lifted already. */
    public boolean lift(UUID conditionId, LocalDate liftedOn, String note, UUID documentId, String documentTitle,
            UUID by) {
        return jdbc.sql("""
                update commission_condition set lifted_on = ?, lift_note = ?, evidence_document_id = ?,
                    evidence_title = ?, lifted_by = ?, lifted_at = clock_timestamp()
                where id = ? and lifted_on is null""")
                .params(liftedOn, note, documentId, documentTitle, by, conditionId).update() == 1;
    }

    /** Conditions of the award's decision. */
    public List<Condition> conditions(UUID decisionId) {
        return jdbc.sql("select * from commission_condition where decision_id = ? order by due_on, id")
                .param(decisionId).query(DecisionStore::condition).list();
    }

    /** Open conditions past their due date, of awards still held or suspended, on the agencies given (all: null). */
    public List<ConditionRow> overdue(LocalDate today, Collection<UUID> agencyIds) {
        String sql = """
                select c.*, a.id as award_id from commission_condition c
                join commission_award a on a.decision_id = c.decision_id
                where c.lifted_on is null and c.due_on < ? and a.status in ('ACTIVE', 'SUSPENDED')""";
        if (agencyIds == null) {
            return jdbc.sql(sql + " order by c.due_on, c.id").param(today).query(AwardStore::conditionRow).list();
        }
        return jdbc.sql(sql + " and c.agency_id = any(?) order by c.due_on, c.id")
                .params(today, agencyIds.toArray(UUID[]::new)).query(AwardStore::conditionRow).list();
    }

    /** Active awards past their expiry on this day, oldest expiry first. */
    public List<AwardRow> expiredActive(LocalDate today) {
        return jdbc.sql("select * from commission_award where status = 'ACTIVE' and expires_on < ?"
                + " order by expires_on, id").param(today).query(DecisionStore::award).list();
    }

    public List<AwardRow> awardsOf(Collection<UUID> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from commission_award where agency_id = any(?) order by awarded_on desc, id")
                .param(agencyIds.toArray(UUID[]::new)).query(DecisionStore::award).list();
    }

    /** Conditions of these decisions, in one query. */
    public List<ConditionRow> conditionsOf(Collection<UUID> decisionIds) {
        if (decisionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select c.*, a.id as award_id from commission_condition c
                join commission_award a on a.decision_id = c.decision_id
                where c.decision_id = any(?) order by c.due_on, c.id""")
                .param(decisionIds.toArray(UUID[]::new)).query(AwardStore::conditionRow).list();
    }

    public List<DecisionLine> decisionsOf(Collection<UUID> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select d.id, d.agency_id, d.docket_item_id, i.meeting_id, d.outcome, d.decided_on
                from commission_decision d join commission_docket_item i on i.id = d.docket_item_id
                where d.agency_id = any(?) order by d.decided_on desc, d.id""")
                .param(agencyIds.toArray(UUID[]::new))
                .query((rs, n) -> new DecisionLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), Outcome.valueOf(rs.getString(5)),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** The agency's appearances before the Commission, newest meeting first. */
    public List<HearingLine> hearingsOf(UUID agencyId) {
        return jdbc.sql("""
                select m.id, i.id, m.meets_on, m.status, i.reason, d.outcome, d.decided_on
                from commission_docket_item i join commission_meeting m on m.id = i.meeting_id
                left join commission_decision d on d.docket_item_id = i.id
                where i.agency_id = ? order by m.meets_on desc, i.id""").param(agencyId)
                .query((rs, n) -> new HearingLine(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        rs.getString(6) == null ? null : Outcome.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    private static ConditionRow conditionRow(ResultSet rs, int n) throws SQLException {
        return new ConditionRow(DecisionStore.condition(rs, n), rs.getObject("agency_id", UUID.class),
                rs.getObject("award_id", UUID.class));
    }
}
