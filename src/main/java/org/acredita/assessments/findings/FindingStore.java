package org.acredita.assessments.findings;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.assessments.Finding.ActionState;
import org.acredita.assessments.Finding.Overdue;
import org.acredita.assessments.Finding.Severity;
import org.acredita.assessments.Finding.State;
import org.acredita.assessments.Finding.Step;
import org.acredita.assessments.Finding.Tally;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The findings tables; row-level security keeps every query within the caller's reach. */
@Repository
public class FindingStore {

    private static final String FINDING = """
            select id, assessment_id, agency_id, standard_number, element, severity, state, missing, opened_at,
                   changed_at
            from assessment_finding""";
    private static final String ACTION = """
            select id, finding_id, actions, owner_id, due_date, proof_ids, state, return_reason, proposed_at, decided_at
            from assessment_corrective_action""";
    /** Assessments whose findings went to the agency: they count and they remind. */
    private static final String SENT = "('FINDINGS_TO_AGENCY', 'REPORT_DRAFTING', 'REPORT_RELEASED', 'CLOSED')";

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Row(UUID id, UUID assessmentId, UUID agencyId, String standardNumber, String element,
            Severity severity, State state, String missing, Instant openedAt, Instant changedAt) {
    }

    public record ActionRow(UUID id, UUID findingId, String actions, UUID ownerId, LocalDate dueDate,
            List<UUID> proofIds, ActionState state, String returnReason, Instant proposedAt, Instant decidedAt) {
    }

    /** The finding of this standard (or element, '' for the whole standard), locked for the verdict's change. */
    public Optional<Row> lock(UUID assessmentId, String number, String element) {
        return jdbc.sql(FINDING + " where assessment_id = ? and standard_number = ? and element = ? for update")
                .params(assessmentId, number, element).query(FindingStore::row).optional();
    }

    public Optional<Row> find(UUID id) {
        return jdbc.sql(FINDING + " where id = ?").param(id).query(FindingStore::row).optional();
    }

    public List<Row> ofAssessment(UUID assessmentId) {
        return jdbc.sql(FINDING + " where assessment_id = ? order by opened_at, id").param(assessmentId)
                .query(FindingStore::row).list();
    }

    public UUID insert(UUID assessmentId, UUID agencyId, String number, String element, Severity severity,
            State state, String missing, UUID by) {
        return jdbc.sql("""
                insert into assessment_finding (assessment_id, agency_id, standard_number, element, severity, state,
                                                missing, opened_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(assessmentId, agencyId, number, element, severity.name(), state.name(), missing, by)
                .query(UUID.class).single();
    }

    /** Moves the state only from the one it was read in, so two callers never both move it. */
    public boolean move(UUID id, State from, State to) {
        return jdbc.sql("update assessment_finding set state = ?, changed_at = clock_timestamp() "
                + "where id = ? and state = ?").params(to.name(), id, from.name()).update() == 1;
    }

    public void describe(UUID id, Severity severity, String missing) {
        jdbc.sql("update assessment_finding set severity = ?, missing = ?, changed_at = clock_timestamp() where id = ?")
                .params(severity.name(), missing, id).update();
    }

    public void step(UUID findingId, UUID agencyId, UUID actorId, String step, State from, State to, String note) {
        jdbc.sql("""
                insert into assessment_finding_event (finding_id, agency_id, actor_id, step, from_state, to_state, note)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(findingId, agencyId, actorId, step, from == null ? null : from.name(), to.name(), note)
                .update();
    }

    public List<Step> history(UUID findingId) {
        return jdbc.sql("""
                select at, actor_id, step, from_state, to_state, note from assessment_finding_event
                where finding_id = ? order by id""").param(findingId)
                .query((rs, n) -> new Step(rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
                        rs.getString("step"), rs.getString("from_state") == null ? null
                                : State.valueOf(rs.getString("from_state")), State.valueOf(rs.getString("to_state")),
                        rs.getString("note")))
                .list();
    }

    /** Every corrective action of these findings, oldest first. */
    public List<ActionRow> actions(Collection<UUID> findingIds) {
        if (findingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ACTION + " where finding_id = any(?) order by proposed_at, id")
                .param(findingIds.toArray(UUID[]::new)).query(FindingStore::action).list();
    }

    public Optional<ActionRow> action(UUID id) {
        return jdbc.sql(ACTION + " where id = ?").param(id).query(FindingStore::action).optional();
    }

    public UUID insertAction(UUID findingId, UUID agencyId, String actions, UUID ownerId, LocalDate due,
            List<UUID> proofIds, UUID by) {
        return jdbc.sql("""
                insert into assessment_corrective_action (finding_id, agency_id, actions, owner_id, due_date, proof_ids,
                                                          state, proposed_by)
                values (?, ?, ?, ?, ?, ?, 'PROPOSED', ?) returning id""")
                .params(findingId, agencyId, actions, ownerId, due, proofIds.toArray(UUID[]::new), by)
                .query(UUID.class).single();
    }

    /**
     * Records the due date an action was given before the product held it (the demo's answers from before the seed
     * ran); the caller audits it.
     */
    public void recordDue(UUID actionId, LocalDate due) {
        jdbc.sql("update assessment_corrective_action set due_date = ? where id = ?").params(due, actionId).update();
    }

    /** A proposal not sent yet gives way to the newer one. */
    public void replaceProposed(UUID findingId) {
        jdbc.sql("update assessment_corrective_action set state = 'REPLACED' where finding_id = ? and state = 'PROPOSED'")
                .param(findingId).update();
    }

    public boolean moveAction(UUID id, ActionState from, ActionState to, String reason, UUID decidedBy) {
        boolean decided = to == ActionState.VERIFIED || to == ActionState.RETURNED;
        return jdbc.sql("""
                update assessment_corrective_action set state = ?, return_reason = ?,
                       decided_by = case when ? then ? else decided_by end,
                       decided_at = case when ? then clock_timestamp() else decided_at end
                where id = ? and state = ?""")
                .params(to.name(), reason, decided, decidedBy, decided, id, from.name()).update() == 1;
    }

    /** Corrective actions past due and not verified, of assessments whose findings went to the agency. */
    public List<Overdue> overdue(LocalDate today) {
        return jdbc.sql("""
                select f.id, f.assessment_id, f.agency_id, d.name, f.standard_number, c.due_date, c.owner_id
                from assessment_corrective_action c
                join assessment_finding f on f.id = c.finding_id
                join assessment a on a.id = f.assessment_id
                join agency_directory d on d.agency_id = f.agency_id
                where c.state in ('PROPOSED', 'UNDER_REVIEW') and c.due_date < ? and a.status in""" + " " + SENT + """

                order by c.due_date, d.name, f.standard_number""")
                .param(today).query((rs, n) -> new Overdue(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, UUID.class)))
                .list();
    }

    /** Pending findings sent to the agency and, of those, the ones whose current action is overdue, per agency. */
    public List<Tally> tallies(Collection<UUID> agencyIds, LocalDate today) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select f.agency_id, count(*) as open,
                       count(*) filter (where exists (select 1 from assessment_corrective_action c
                           where c.finding_id = f.id and c.state in ('PROPOSED', 'UNDER_REVIEW') and c.due_date < ?))
                           as overdue
                from assessment_finding f join assessment a on a.id = f.assessment_id
                where f.agency_id = any(?) and f.state in ('OPEN', 'ACTION_PROPOSED', 'UNDER_REVIEW', 'RETURNED')
                  and a.status in""" + " " + SENT + """

                group by f.agency_id""")
                .params(today, agencyIds.toArray(UUID[]::new))
                .query((rs, n) -> new Tally(rs.getObject(1, UUID.class), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The standard's level as frozen in the snapshot, null when it has none (or is not in it). */
    public String levelOf(UUID assessmentId, String number) {
        return jdbc.sql("select level from assessment_snapshot_standard where assessment_id = ? and number = ?")
                .params(assessmentId, number).query(String.class).optional().orElse(null);
    }

    /** What the review looked at per standard, as frozen: the directive sections and the proofs (with their hash). */
    public Map<String, List<String>> evidence(UUID assessmentId) {
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        jdbc.sql("""
                select number, directive_code || ' ' || section_number || ' · ' || heading from assessment_snapshot_section
                where assessment_id = ? order by number, position""").param(assessmentId)
                .query((RowCallbackHandler) rs -> evidence.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2)));
        jdbc.sql("""
                select number, coalesce(title, kind) || coalesce(' · SHA-256 ' || left(sha256, 12), '')
                from assessment_snapshot_proof where assessment_id = ? order by number, position""")
                .param(assessmentId)
                .query((RowCallbackHandler) rs -> evidence.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2)));
        return evidence;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String element = rs.getString("element");
        return new Row(rs.getObject("id", UUID.class), rs.getObject("assessment_id", UUID.class),
                rs.getObject("agency_id", UUID.class), rs.getString("standard_number"),
                element.isEmpty() ? null : element, Severity.valueOf(rs.getString("severity")),
                State.valueOf(rs.getString("state")), rs.getString("missing"),
                rs.getTimestamp("opened_at").toInstant(), rs.getTimestamp("changed_at").toInstant());
    }

    private static ActionRow action(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ActionRow(rs.getObject("id", UUID.class), rs.getObject("finding_id", UUID.class),
                rs.getString("actions"), rs.getObject("owner_id", UUID.class),
                rs.getObject("due_date", LocalDate.class), uuids(rs.getArray("proof_ids")),
                ActionState.valueOf(rs.getString("state")), rs.getString("return_reason"),
                rs.getTimestamp("proposed_at").toInstant(), decided == null ? null : decided.toInstant());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.asList((UUID[]) array.getArray());
    }
}
