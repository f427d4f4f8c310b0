package org.acredita.assessments.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.assessments.RecordedVerdict;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.assessments.Verdict;
import org.acredita.standards.Text;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Verdicts (append-only: a change supersedes the current row) and the one-standard reads of the frozen snapshot
 * the review screen needs, so a standard's page never reads the whole snapshot.
 */
@Repository
public class VerdictStore {

    private static final String COLUMNS = """
            id, number, element, verdict, reason, comment_to_agency, team_note, reviewer_id, recorded_at,
            superseded_at""";

    private final JdbcClient jdbc;

    VerdictStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A line of the scope as frozen: number, chapter and title, in scope order. */
    public record Line(String number, int chapter, Text title) {
    }

    public List<Line> lines(UUID assessmentId) {
        return jdbc.sql("""
                select number, chapter, title_es, title_en from assessment_snapshot_standard
                where assessment_id = ? order by position""").param(assessmentId)
                .query((rs, n) -> new Line(rs.getString("number"), rs.getInt("chapter"),
                        Text.of(rs.getString("title_es"), rs.getString("title_en")))).list();
    }

    /**
     * Takes the locks a verdict needs inside its transaction: the assessment's row shared (its status cannot move
     * on until the verdict commits) and the scope row of the standard (two verdicts on it wait for each other).
     * Returns the status, or empty when the standard is not in the scope.
     */
    public Optional<String> lockForVerdict(UUID assessmentId, String number) {
        String status = jdbc.sql("select status from assessment where id = ? for share").param(assessmentId)
                .query(String.class).single();
        return jdbc.sql("select number from assessment_scope_standard where assessment_id = ? and number = ? "
                + "for update").params(assessmentId, number).query(String.class).optional().map(found -> status);
    }

    public Optional<RecordedVerdict> current(UUID assessmentId, String number, String element) {
        return jdbc.sql("select " + COLUMNS + " from assessment_verdict where assessment_id = ? and number = ? "
                + "and element is not distinct from ? and superseded_at is null")
                .params(assessmentId, number, element).query(VerdictStore::verdict).optional();
    }

    /** Every current verdict of the assessment by standard number (the standard's first, then its elements). */
    public Map<String, List<RecordedVerdict>> current(UUID assessmentId) {
        Map<String, List<RecordedVerdict>> byNumber = new LinkedHashMap<>();
        jdbc.sql("select " + COLUMNS + " from assessment_verdict where assessment_id = ? and superseded_at is null "
                + "order by number, element nulls first").param(assessmentId)
                .query((RowCallbackHandler) rs -> byNumber.computeIfAbsent(rs.getString("number"),
                        k -> new ArrayList<>()).add(verdict(rs, 0)));
        return byNumber;
    }

    /** A standard's verdicts, superseded ones included, oldest first. */
    public List<RecordedVerdict> history(UUID assessmentId, String number) {
        return jdbc.sql("select " + COLUMNS + " from assessment_verdict where assessment_id = ? and number = ? "
                + "order by recorded_at, id").params(assessmentId, number).query(VerdictStore::verdict).list();
    }

    public void supersede(UUID id) {
        jdbc.sql("update assessment_verdict set superseded_at = clock_timestamp() where id = ? "
                + "and superseded_at is null").param(id).update();
    }

    public UUID insert(UUID assessmentId, UUID agencyId, String number, String element, Verdict verdict,
            String reason, String commentToAgency, String teamNote, UUID reviewerId) {
        return jdbc.sql("""
                insert into assessment_verdict (assessment_id, agency_id, number, element, verdict, reason,
                                                comment_to_agency, team_note, reviewer_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(assessmentId, agencyId, number, element, verdict.name(), reason, commentToAgency, teamNote,
                        reviewerId)
                .query(UUID.class).single();
    }

    public Optional<RecordedVerdict> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from assessment_verdict where id = ?").param(id)
                .query(VerdictStore::verdict).optional();
    }

    /** One standard of the frozen snapshot with its sections and proofs, in three small queries. */
    public Optional<SnapshotStandard> snapshotOf(UUID assessmentId, String number, String reason) {
        List<SnapshotStandard.Section> sections = jdbc.sql("""
                select directive_code, directive_title, version_label, section_number, heading, section_text, elements
                from assessment_snapshot_section where assessment_id = ? and number = ? order by position""")
                .params(assessmentId, number)
                .query((rs, n) -> new SnapshotStandard.Section(rs.getString("directive_code"),
                        rs.getString("directive_title"), rs.getString("version_label"),
                        rs.getString("section_number"), rs.getString("heading"), rs.getString("section_text"),
                        List.of((String[]) rs.getArray("elements").getArray()))).list();
        List<SnapshotStandard.ProofRef> proofs = jdbc.sql("""
                select proof_id, kind, title, stored_file_id, sha256, content_type, size, url, document_date,
                       cycle_year, period
                from assessment_snapshot_proof where assessment_id = ? and number = ? order by position""")
                .params(assessmentId, number)
                .query((rs, n) -> new SnapshotStandard.ProofRef(rs.getObject("proof_id", UUID.class),
                        rs.getString("kind"), rs.getString("title"), rs.getObject("stored_file_id", UUID.class),
                        rs.getString("sha256"), rs.getString("content_type"), rs.getObject("size", Long.class),
                        rs.getString("url"), rs.getObject("document_date", java.time.LocalDate.class),
                        rs.getInt("cycle_year"), rs.getObject("period", Integer.class))).list();
        return jdbc.sql("""
                select number, chapter, title_es, title_en, level, status from assessment_snapshot_standard
                where assessment_id = ? and number = ?""").params(assessmentId, number)
                .query((rs, n) -> new SnapshotStandard(rs.getString("number"), rs.getInt("chapter"),
                        Text.of(rs.getString("title_es"), rs.getString("title_en")), rs.getString("level"),
                        rs.getString("status"), reason, sections, proofs)).optional();
    }

    private static RecordedVerdict verdict(ResultSet rs, int n) throws SQLException {
        Timestamp superseded = rs.getTimestamp("superseded_at");
        return new RecordedVerdict(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("element"),
                Verdict.valueOf(rs.getString("verdict")), rs.getString("reason"), rs.getString("comment_to_agency"),
                rs.getString("team_note"), rs.getObject("reviewer_id", UUID.class), null,
                rs.getTimestamp("recorded_at").toInstant(), superseded == null ? null : superseded.toInstant());
    }
}
