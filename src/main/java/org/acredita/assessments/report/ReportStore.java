package org.acredita.assessments.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.acredita.assessments.ReportContent;
import org.acredita.assessments.ReportContent.Narrative;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The report versions of an assessment; a released row's content is the report as released, in JSON. */
@Repository
public class ReportStore {

    /** A stored version: the narrative of a draft, or the frozen content of a released one. */
    public record Row(UUID assessmentId, int version, Narrative narrative, ReportContent content, Instant releasedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Every version, first to last. */
    public List<Row> versions(UUID assessmentId) {
        return jdbc.sql("""
                select assessment_id, version, strengths_es, strengths_en, recommendations_es, recommendations_en,
                       content::text as content, released_at
                from assessment_report where assessment_id = ? order by version""")
                .param(assessmentId).query(this::row).list();
    }

    public Optional<Row> draft(UUID assessmentId) {
        return versions(assessmentId).stream().filter(row -> row.releasedAt() == null).findFirst();
    }

    /** Opens the next version as a draft, carrying the narrative forward; false when a draft is already open. */
    public boolean openDraft(UUID assessmentId, UUID agencyId, Narrative narrative, UUID by) {
        return jdbc.sql("""
                insert into assessment_report (assessment_id, agency_id, version, strengths_es, strengths_en,
                                               recommendations_es, recommendations_en, created_by)
                select ?, ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, ? from assessment_report
                where assessment_id = ?
                on conflict do nothing""")
                .params(assessmentId, agencyId, narrative.strengthsEs(), narrative.strengthsEn(),
                        narrative.recommendationsEs(), narrative.recommendationsEn(), by, assessmentId)
                .update() == 1;
    }

    public void saveNarrative(UUID assessmentId, Narrative narrative) {
        jdbc.sql("""
                update assessment_report set strengths_es = ?, strengths_en = ?, recommendations_es = ?,
                       recommendations_en = ?, updated_at = clock_timestamp()
                where assessment_id = ? and released_at is null""")
                .params(narrative.strengthsEs(), narrative.strengthsEn(), narrative.recommendationsEs(),
                        narrative.recommendationsEn(), assessmentId)
                .update();
    }

    /** Freezes the open draft with its content; false when there was none (released meanwhile). */
    public boolean release(UUID assessmentId, int version, ReportContent content, Instant at, UUID by) {
        return jdbc.sql("""
                update assessment_report set content = cast(? as jsonb), released_at = ?, released_by = ?,
                       updated_at = clock_timestamp()
                where assessment_id = ? and version = ? and released_at is null""")
                .params(json.writeValueAsString(content), Timestamp.from(at), by, assessmentId, version)
                .update() == 1;
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String content = rs.getString("content");
        Timestamp released = rs.getTimestamp("released_at");
        return new Row(rs.getObject("assessment_id", UUID.class), rs.getInt("version"),
                new Narrative(rs.getString("strengths_es"), rs.getString("strengths_en"),
                        rs.getString("recommendations_es"), rs.getString("recommendations_en")),
                content == null ? null : json.readValue(content, ReportContent.class),
                released == null ? null : released.toInstant());
    }
}
