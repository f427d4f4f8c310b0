package org.acredita.readiness;

import org.acredita.readiness.internal.Answer;
import org.acredita.readiness.internal.AnswerDraft;
import org.acredita.readiness.internal.Assessment;
import org.acredita.readiness.internal.AssessmentDraft;
import org.acredita.readiness.internal.InstrumentRules;
import org.acredita.readiness.internal.Rating;
import org.acredita.readiness.internal.Scorecard;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.RuleViolation;

/** Checks a save of an assessment whole before anything is written. */
final class AssessmentRules {

    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final int MAX_NOTE = 2000;

    private AssessmentRules() {
    }

    static LocalDate date(LocalDate assessedOn, LocalDate today) {
        if (assessedOn == null) {
            throw RuleViolation.onField("assessedOn", "readiness.assessedOn.required");
        }
        if (assessedOn.isAfter(today) || assessedOn.isBefore(EARLIEST)) {
            throw RuleViolation.onField("assessedOn", "readiness.assessedOn.invalid");
        }
        return assessedOn;
    }

    static String assessors(String assessors) {
        String value = InstrumentRules.clean(assessors);
        if (value == null || value.length() < 2 || value.length() > 500) {
            throw RuleViolation.onField("assessors", "readiness.assessors.invalid");
        }
        return value;
    }

    static String summary(String summary) {
        String value = InstrumentRules.clean(summary);
        if (value != null && value.length() > 4000) {
            throw RuleViolation.onField("summary", "readiness.summary.tooLong");
        }
        return value;
    }

    /** The assessment with the header and answers given applied; a completed one is refused. */
    static Assessment applied(Assessment current, AssessmentDraft draft, LocalDate today) {
        if (current.completed()) {
            throw new RuleViolation("readiness.completed.immutable");
        }
        LocalDate assessedOn = draft.assessedOn() == null ? current.assessedOn() : date(draft.assessedOn(), today);
        String assessors = draft.assessors() == null ? current.assessors() : assessors(draft.assessors());
        String summary = draft.summary() == null ? current.summary() : summary(draft.summary());
        Map<UUID, AnswerDraft> given = new HashMap<>();
        Set<UUID> asked = new HashSet<>();
        current.answers().forEach(a -> asked.add(a.question().id()));
        for (AnswerDraft answer : draft.answers()) {
            if (answer.questionId() == null || !asked.contains(answer.questionId())) {
                throw RuleViolation.onField("answers", "readiness.answer.unknownQuestion");
            }
            if (given.put(answer.questionId(), answer) != null) {
                throw RuleViolation.onField("answers", "readiness.answer.duplicate");
            }
            if (answer.points() != null && (answer.points() < 0 || answer.points() > Rating.MAX_POINTS)) {
                throw RuleViolation.onField("answers", "readiness.answer.pointsInvalid", answer.points());
            }
            if (answer.points() != null && answer.notApplicable()) {
                throw RuleViolation.onField("answers", "readiness.answer.ratedAndNotApplicable");
            }
            String note = InstrumentRules.clean(answer.note());
            if (note != null && note.length() > MAX_NOTE) {
                throw RuleViolation.onField("answers", "readiness.answer.noteTooLong", MAX_NOTE);
            }
        }
        List<Answer> answers = current.answers().stream().map(a -> {
            AnswerDraft change = given.get(a.question().id());
            if (change == null) {
                return a;
            }
            Rating rating = change.notApplicable() ? Rating.NOT_APPLICABLE
                    : change.points() == null ? null : Rating.ofPoints(change.points());
            return new Answer(a.area(), a.question(), rating, InstrumentRules.clean(change.note()));
        }).toList();
        return new Assessment(current.id(), current.agencyId(), current.programmeId(), current.instrumentVersion(),
                assessedOn, assessors, summary, current.state(), current.createdBy(), current.completedAt(),
                current.completedBy(), answers);
    }

    /** What completion asks: every question answered, a summary, and something applicable to score. */
    static double completable(Assessment assessment) {
        if (assessment.completed()) {
            throw new RuleViolation("readiness.completed.immutable");
        }
        Scorecard scorecard = assessment.scorecard();
        int unanswered = scorecard.total() - scorecard.answered();
        if (unanswered > 0) {
            throw RuleViolation.onField("answers", "readiness.complete.unanswered", unanswered);
        }
        if (assessment.summary() == null) {
            throw RuleViolation.onField("summary", "readiness.complete.summaryRequired");
        }
        if (scorecard.overall() == null) {
            throw RuleViolation.onField("answers", "readiness.complete.nothingApplicable");
        }
        return scorecard.overall();
    }
}
