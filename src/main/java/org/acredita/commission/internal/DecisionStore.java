package org.acredita.commission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.commission.Condition;
import org.acredita.commission.Hearing;
import org.acredita.commission.Outcome;
import org.acredita.commission.Vote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of hearings, decisions, votes, conditions and awards; all under the agency's row-level security. */
@Repository
public class DecisionStore {

    public record DecisionRow(UUID id, UUID itemId, UUID agencyId, Outcome outcome, LocalDate decidedOn,
            String reasons, String requiredActions) {
    }

    public record VoteRow(UUID commissionerId, Vote vote) {
    }

    public record AwardRow(UUID id, UUID agencyId, String programme, LocalDate awardedOn, LocalDate expiresOn,
            UUID editionId, String tier, String status, UUID decisionId, String certificateNumber,
            String certificateHash) {
    }

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void saveHearing(UUID itemId, UUID agencyId, Hearing hearing, UUID by) {
        jdbc.sql("""
                insert into commission_hearing (docket_item_id, agency_id, agency_attendees, funder_notes,
                    advisor_notes, questions, recommendation, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (docket_item_id) do update set agency_attendees = excluded.agency_attendees,
                    funder_notes = excluded.funder_notes, advisor_notes = excluded.advisor_notes,
                    questions = excluded.questions, recommendation = excluded.recommendation,
                    recorded_by = excluded.recorded_by, recorded_at = clock_timestamp()""")
                .params(itemId, agencyId, hearing.agencyAttendees(), hearing.funderNotes(), hearing.advisorNotes(),
                        hearing.questions(), hearing.recommendation(), by)
                .update();
    }

    public Optional<Hearing> hearing(UUID itemId) {
        return jdbc.sql("select * from commission_hearing where docket_item_id = ?").param(itemId)
                .query((rs, n) -> new Hearing(rs.getString("agency_attendees"), rs.getString("funder_notes"),
                        rs.getString("advisor_notes"), rs.getString("questions"), rs.getString("recommendation"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** The decision's row, or null when the item already has one (the unique key keeps it to one). */
    public UUID insertDecision(UUID itemId, UUID agencyId, Outcome outcome, LocalDate decidedOn, String reasons,
            String requiredActions, UUID by) {
        return jdbc.sql("""
                insert into commission_decision (docket_item_id, agency_id, outcome, decided_on, reasons,
                    required_actions, recorded_by)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (docket_item_id) do nothing returning id""")
                .params(itemId, agencyId, outcome.name(), decidedOn, reasons, requiredActions, by)
                .query(UUID.class).optional().orElse(null);
    }

    public void insertVote(UUID decisionId, UUID agencyId, UUID commissionerId, Vote vote) {
        jdbc.sql("insert into commission_vote (decision_id, agency_id, commissioner_id, vote) values (?, ?, ?, ?)")
                .params(decisionId, agencyId, commissionerId, vote.name()).update();
    }

    public UUID insertCondition(UUID decisionId, UUID agencyId, String text, LocalDate dueOn) {
        return jdbc.sql("insert into commission_condition (decision_id, agency_id, text, due_on) values (?, ?, ?, ?)"
                        + " returning id")
                .params(decisionId, agencyId, text, dueOn).query(UUID.class).single();
    }

    public UUID insertAward(UUID decisionId, UUID agencyId, String programme, LocalDate awardedOn,
            LocalDate expiresOn, UUID editionId, String tier) {
        return jdbc.sql("""
                insert into commission_award (decision_id, agency_id, programme, awarded_on, expires_on, edition_id,
                    tier) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(decisionId, agencyId, programme, awardedOn, expiresOn, editionId, tier)
                .query(UUID.class).single();
    }

    public Optional<DecisionRow> decisionOf(UUID itemId) {
        return jdbc.sql("select * from commission_decision where docket_item_id = ?").param(itemId)
                .query(DecisionStore::decision).optional();
    }

    /** The outcome decided per docket item, for those decided. */
    public java.util.Map<UUID, Outcome> outcomes(java.util.Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("select docket_item_id, outcome from commission_decision where docket_item_id = any(?)")
                .param(itemIds.toArray(UUID[]::new))
                .query((rs, n) -> java.util.Map.entry(rs.getObject(1, UUID.class), Outcome.valueOf(rs.getString(2))))
                .list().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        java.util.Map.Entry::getValue));
    }

    public List<VoteRow> votes(UUID decisionId) {
        return jdbc.sql("select commissioner_id, vote from commission_vote where decision_id = ? order by vote,"
                        + " commissioner_id").param(decisionId)
                .query((rs, n) -> new VoteRow(rs.getObject(1, UUID.class), Vote.valueOf(rs.getString(2)))).list();
    }

    public List<Condition> conditions(UUID decisionId) {
        return jdbc.sql("select * from commission_condition where decision_id = ? order by due_on, id")
                .param(decisionId).query(DecisionStore::condition).list();
    }

    public List<AwardRow> awards(UUID agencyId) {
        return jdbc.sql("select * from commission_award where agency_id = ? order by awarded_on desc")
                .param(agencyId).query(DecisionStore::award).list();
    }

    public Optional<AwardRow> award(UUID id) {
        return jdbc.sql("select * from commission_award where id = ?").param(id).query(DecisionStore::award).optional();
    }

    public Optional<AwardRow> awardNumbered(String certificateNumber) {
        return jdbc.sql("select * from commission_award where certificate_number = ?").param(certificateNumber)
                .query(DecisionStore::award).optional();
    }

    /** The next certificate number of the year: ACR-2026-000042. */
    public String nextCertificateNumber(int year) {
        long next = jdbc.sql("select nextval('commission_certificate_seq')").query(Long.class).single();
        return String.format("ACR-%d-%06d", year, next);
    }

    public void certify(UUID awardId, String number, String hash) {
        jdbc.sql("update commission_award set certificate_number = ?, certificate_hash = ? where id = ?")
                .params(number, hash, awardId).update();
    }

    static AwardRow award(ResultSet rs, int row) throws SQLException {
        return new AwardRow(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("programme"), rs.getObject("awarded_on", LocalDate.class),
                rs.getObject("expires_on", LocalDate.class), rs.getObject("edition_id", UUID.class),
                rs.getString("tier"), rs.getString("status"), rs.getObject("decision_id", UUID.class),
                rs.getString("certificate_number"), rs.getString("certificate_hash"));
    }

    private static DecisionRow decision(ResultSet rs, int row) throws SQLException {
        return new DecisionRow(rs.getObject("id", UUID.class), rs.getObject("docket_item_id", UUID.class),
                rs.getObject("agency_id", UUID.class), Outcome.valueOf(rs.getString("outcome")),
                rs.getObject("decided_on", LocalDate.class), rs.getString("reasons"),
                rs.getString("required_actions"));
    }

    static Condition condition(ResultSet rs, int row) throws SQLException {
        return new Condition(rs.getObject("id", UUID.class), rs.getString("text"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("lifted_on", LocalDate.class),
                rs.getString("lift_note"), rs.getObject("evidence_document_id", UUID.class),
                rs.getString("evidence_title"));
    }
}
