package org.acredita.readiness.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.acredita.readiness.internal.Answer;
import org.acredita.readiness.internal.Area;
import org.acredita.readiness.internal.Assessment;
import org.acredita.readiness.internal.AssessmentState;
import org.acredita.readiness.internal.Question;
import org.acredita.readiness.internal.Rating;
import org.acredita.readiness.ReadinessScore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessments and their answers; row-level security hides other agencies' rows even if a check is forgotten. */
@Repository
public class AssessmentRepository {

    private static final String COLUMNS = "id, agency_id, programme_id, instrument_version, assessed_on, assessors, "
            + "summary, state, created_by, completed_at, completed_by";
    private static final String ANSWER_COLUMNS = "assessment_id, question_id, position, area_id, area_position, "
            + "area_name_es, area_name_en, area_weight, text_es, text_en, guidance_es, guidance_en, weight, "
            + "linked_standards, rating, not_applicable, note";

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency's assessments with their answers, oldest first. */
    public List<Assessment> ofAgency(UUID agencyId) {
        List<Header> headers = jdbc.sql("select " + COLUMNS + " from readiness_assessment where agency_id = ? "
                + "order by assessed_on, created_at").param(agencyId).query(AssessmentRepository::header).list();
        Map<UUID, List<Answer>> answers = new HashMap<>();
        jdbc.sql("select " + ANSWER_COLUMNS + " from readiness_answer where agency_id = ? "
                + "order by area_position, position").param(agencyId)
                .query((rs, row) -> answers.computeIfAbsent(rs.getObject("assessment_id", UUID.class),
                        k -> new ArrayList<>()).add(answer(rs))).list();
        return headers.stream().map(h -> h.with(answers.getOrDefault(h.id, List.of()))).toList();
    }

    public Optional<Assessment> find(UUID agencyId, UUID id, boolean lock) {
        return jdbc.sql("select " + COLUMNS + " from readiness_assessment where agency_id = ? and id = ?"
                + (lock ? " for update" : "")).params(agencyId, id).query(AssessmentRepository::header).optional()
                .map(h -> h.with(jdbc.sql("select " + ANSWER_COLUMNS + " from readiness_answer "
                        + "where assessment_id = ? and agency_id = ? order by area_position, position").params(id, agencyId)
                        .query((rs, row) -> answer(rs)).list()));
    }

    public boolean hasDraft(UUID agencyId) {
        return jdbc.sql("select exists (select 1 from readiness_assessment where agency_id = ? and state = 'DRAFT')")
                .param(agencyId).query(Boolean.class).single();
    }

    /** The latest completed assessment's score of each agency given (that the caller may see), in one query. */
    public Map<UUID, ReadinessScore> latestScores(Collection<UUID> agencyIds) {
        Map<UUID, ReadinessScore> scores = new HashMap<>();
        if (agencyIds.isEmpty()) {
            return scores;
        }
        jdbc.sql("""
                select distinct on (agency_id) agency_id, id, assessed_on, score from readiness_assessment
                where state = 'COMPLETED' and agency_id = any (string_to_array(?, ',')::uuid[])
                order by agency_id, assessed_on desc, completed_at desc
                """).param(String.join(",", agencyIds.stream().map(UUID::toString).toList()))
                .query((rs, row) -> scores.put(rs.getObject("agency_id", UUID.class),
                        new ReadinessScore(rs.getObject("agency_id", UUID.class), rs.getObject("id", UUID.class),
                                rs.getObject("assessed_on", LocalDate.class), rs.getDouble("score"))))
                .list();
        return scores;
    }

    public void insert(Assessment assessment) {
        jdbc.sql("insert into readiness_assessment (id, agency_id, programme_id, instrument_version, assessed_on, "
                + "assessors, summary, state, created_by) values (?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?)")
                .params(assessment.id(), assessment.agencyId(), assessment.programmeId(),
                        assessment.instrumentVersion(), assessment.assessedOn(), assessment.assessors(),
                        assessment.summary(), assessment.createdBy()).update();
        for (Answer answer : assessment.answers()) {
            Area area = answer.area();
            Question q = answer.question();
            jdbc.sql("insert into readiness_answer (" + ANSWER_COLUMNS.replace("assessment_id, ", "assessment_id, agency_id, ")
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, string_to_array(?, ','), null, false, null)")
                    .params(assessment.id(), assessment.agencyId(), q.id(), q.position(), area.id(), area.position(),
                            area.nameEs(), area.nameEn(), area.weight(), q.textEs(), q.textEn(), q.guidanceEs(),
                            q.guidanceEn(), q.weight(), String.join(",", q.linkedStandards())).update();
        }
    }

    public void updateHeader(Assessment assessment) {
        jdbc.sql("update readiness_assessment set assessed_on = ?, assessors = ?, summary = ? "
                + "where id = ? and agency_id = ? and state = 'DRAFT'").params(assessment.assessedOn(),
                assessment.assessors(), assessment.summary(), assessment.id(), assessment.agencyId()).update();
    }

    public void updateAnswer(UUID agencyId, UUID assessmentId, Answer answer) {
        Rating rating = answer.rating();
        jdbc.sql("update readiness_answer set rating = ?, not_applicable = ?, note = ? "
                + "where assessment_id = ? and agency_id = ? and question_id = ?")
                .params(rating == null || !rating.applicable() ? null : (short) rating.points(),
                        rating == Rating.NOT_APPLICABLE, answer.note(), assessmentId, agencyId,
                        answer.question().id()).update();
    }

    public void complete(UUID agencyId, UUID assessmentId, double score, String by) {
        jdbc.sql("update readiness_assessment set state = 'COMPLETED', score = ?, completed_at = now(), "
                + "completed_by = ? where id = ? and agency_id = ? and state = 'DRAFT'")
                .params(java.math.BigDecimal.valueOf(score).setScale(2, java.math.RoundingMode.HALF_UP), by,
                        assessmentId, agencyId).update();
    }

    private record Header(UUID id, UUID agencyId, UUID programmeId, int version, LocalDate assessedOn,
            String assessors, String summary, AssessmentState state, String createdBy, Timestamp completedAt,
            String completedBy) {

        Assessment with(List<Answer> answers) {
            return new Assessment(id, agencyId, programmeId, version, assessedOn, assessors, summary, state,
                    createdBy, completedAt == null ? null : completedAt.toInstant(), completedBy, answers);
        }
    }

    private static Header header(ResultSet rs, int row) throws SQLException {
        return new Header(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getObject("programme_id", UUID.class), rs.getInt("instrument_version"),
                rs.getObject("assessed_on", LocalDate.class), rs.getString("assessors"), rs.getString("summary"),
                AssessmentState.valueOf(rs.getString("state")), rs.getString("created_by"),
                rs.getTimestamp("completed_at"), rs.getString("completed_by"));
    }

    private static Answer answer(ResultSet rs) throws SQLException {
        Area area = new Area(rs.getObject("area_id", UUID.class), rs.getInt("area_position"),
                rs.getString("area_name_es"), rs.getString("area_name_en"), rs.getInt("area_weight"), false);
        Question question = new Question(rs.getObject("question_id", UUID.class), area.id(), rs.getInt("position"),
                rs.getString("text_es"), rs.getString("text_en"), rs.getString("guidance_es"),
                rs.getString("guidance_en"), rs.getInt("weight"),
                InstrumentRepository.standards(rs.getArray("linked_standards")), false);
        short points = rs.getShort("rating");
        Rating rating = rs.wasNull() ? (rs.getBoolean("not_applicable") ? Rating.NOT_APPLICABLE : null)
                : Rating.ofPoints(points);
        return new Answer(area, question, rating, rs.getString("note"));
    }
}
