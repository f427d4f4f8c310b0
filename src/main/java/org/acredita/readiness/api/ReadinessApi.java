package org.acredita.readiness.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.readiness.internal.Answer;
import org.acredita.readiness.internal.AnswerDraft;
import org.acredita.readiness.internal.Area;
import org.acredita.readiness.internal.Assessment;
import org.acredita.readiness.internal.AssessmentDraft;
import org.acredita.readiness.internal.Instrument;
import org.acredita.readiness.internal.Question;
import org.acredita.readiness.ReadinessAssessments;
import org.acredita.readiness.internal.ReadinessInstruments;
import org.acredita.readiness.internal.Scorecard;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Readiness assessments of an agency and the programme's instrument. Another agency answers 404;
 * readers who may not run assessments (agency staff, funders) get 403 on changes; a completed
 * assessment refuses changes with 400.
 */
@RestController
@Tag(name = "Readiness assessments", description = "Evaluaciones de preparación / Readiness assessments")
class ReadinessApi {

    record AssessmentSummary(UUID id, LocalDate assessedOn, String state, String assessors, int instrumentVersion,
            Double score, int answered, int questions, int gaps) {

        static AssessmentSummary of(Assessment a) {
            Scorecard s = a.scorecard();
            return new AssessmentSummary(a.id(), a.assessedOn(), a.state().name(), a.assessors(),
                    a.instrumentVersion(), round(s.overall()), s.answered(), s.total(), s.gapCount());
        }
    }

    record AnswerJson(UUID questionId, UUID areaId, String textEs, String textEn, int weight,
            List<String> linkedStandards, Integer rating, boolean notApplicable, String note) {

        static AnswerJson of(Answer a) {
            Question q = a.question();
            return new AnswerJson(q.id(), a.area().id(), q.textEs(), q.textEn(), q.weight(), q.linkedStandards(),
                    a.scored() ? a.rating().points() : null, a.answered() && !a.rating().applicable(), a.note());
        }
    }

    record AreaScoreJson(UUID areaId, String nameEs, String nameEn, int weight, Double score, int answered,
            int questions) {
    }

    record GapJson(UUID questionId, UUID areaId, String textEs, String textEn, int weight, int rating,
            int missingPoints, int priority, double gain, List<String> linkedStandards, String note) {
    }

    record AssessmentDetail(UUID id, UUID agencyId, UUID programmeId, int instrumentVersion, LocalDate assessedOn,
            String assessors, String summary, String state, Instant completedAt, String completedBy, Double score,
            List<AreaScoreJson> areas, List<GapJson> gaps, List<AnswerJson> answers) {

        static AssessmentDetail of(Assessment a) {
            Scorecard s = a.scorecard();
            return new AssessmentDetail(a.id(), a.agencyId(), a.programmeId(), a.instrumentVersion(), a.assessedOn(),
                    a.assessors(), a.summary(), a.state().name(), a.completedAt(), a.completedBy(), round(s.overall()),
                    s.areas().stream().map(x -> new AreaScoreJson(x.area().id(), x.area().nameEs(), x.area().nameEn(),
                            x.area().weight(), round(x.percent()), x.answered(), x.total())).toList(),
                    s.gaps().stream().flatMap(g -> g.gaps().stream()).map(g -> {
                        Question q = g.answer().question();
                        return new GapJson(q.id(), q.areaId(), q.textEs(), q.textEn(), q.weight(),
                                g.answer().rating().points(), g.missingPoints(), g.priority(), round(g.gain()),
                                q.linkedStandards(), g.answer().note());
                    }).toList(),
                    a.answers().stream().map(AnswerJson::of).toList());
        }
    }

    record StartRequest(LocalDate assessedOn, String assessors) {
    }

    record AnswerRequest(UUID questionId, Integer rating, Boolean notApplicable, String note) {
    }

    record AnswersRequest(LocalDate assessedOn, String assessors, String summary, List<AnswerRequest> answers) {

        AssessmentDraft draft() {
            return new AssessmentDraft(assessedOn, assessors, summary, answers == null ? List.of() : answers.stream()
                    .map(a -> new AnswerDraft(a.questionId(), a.rating(), Boolean.TRUE.equals(a.notApplicable()),
                            a.note())).toList());
        }
    }

    record InstrumentJson(UUID programmeId, int version, List<AreaJson> areas) {
    }

    record AreaJson(UUID id, String nameEs, String nameEn, int weight, boolean retired, List<Question> questions) {
    }

    private final ReadinessAssessments assessments;
    private final ReadinessInstruments instruments;

    ReadinessApi(ReadinessAssessments assessments, ReadinessInstruments instruments) {
        this.assessments = assessments;
        this.instruments = instruments;
    }

    @GetMapping("/api/v1/agencies/{id}/readiness-assessments")
    @Operation(summary = "The agency's readiness assessments, newest first, with overall score (completed ones) "
            + "and how many questions are answered")
    List<AssessmentSummary> list(@PathVariable("id") UUID agencyId) {
        List<AssessmentSummary> all = new java.util.ArrayList<>(assessments.history(agencyId).stream()
                .map(AssessmentSummary::of).toList());
        java.util.Collections.reverse(all);
        return all;
    }

    @GetMapping("/api/v1/agencies/{id}/readiness-assessments/{aid}")
    @Operation(summary = "One assessment: answers, score per area and overall (0-100), and the gap list "
            + "(questions rated below 3, largest weight x missing points first)")
    AssessmentDetail get(@PathVariable("id") UUID agencyId, @PathVariable("aid") UUID assessmentId) {
        return AssessmentDetail.of(assessments.get(agencyId, assessmentId));
    }

    @PostMapping("/api/v1/agencies/{id}/readiness-assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a draft assessment on the instrument of the agency's programme (date defaults to "
            + "today, assessors to the caller). One draft per agency at a time")
    AssessmentDetail start(@PathVariable("id") UUID agencyId, @RequestBody(required = false) StartRequest request) {
        StartRequest body = request == null ? new StartRequest(null, null) : request;
        return AssessmentDetail.of(assessments.start(agencyId, body.assessedOn(), body.assessors()));
    }

    @PutMapping("/api/v1/agencies/{id}/readiness-assessments/{aid}/answers")
    @Operation(summary = "Save answers of a draft: rating 0-4 (0 absent, 1 initial, 2 partial, 3 largely, "
            + "4 fully in place), or notApplicable, or neither (unanswered), and a note. Only the questions listed "
            + "change; absent header fields keep their value")
    AssessmentDetail save(@PathVariable("id") UUID agencyId, @PathVariable("aid") UUID assessmentId,
            @RequestBody AnswersRequest request) {
        return AssessmentDetail.of(assessments.save(agencyId, assessmentId, request.draft()));
    }

    @PostMapping("/api/v1/agencies/{id}/readiness-assessments/{aid}/completion")
    @Operation(summary = "Complete a draft: every question answered and a summary written; the score is fixed "
            + "and the assessment never changes again")
    AssessmentDetail complete(@PathVariable("id") UUID agencyId, @PathVariable("aid") UUID assessmentId) {
        return AssessmentDetail.of(assessments.complete(agencyId, assessmentId));
    }

    @GetMapping("/api/v1/programmes/{id}/readiness-instrument")
    @Operation(summary = "The programme's readiness instrument: areas and questions in order, in Spanish and "
            + "English, with weights, linked standards and whether each is retired")
    InstrumentJson instrument(@PathVariable("id") UUID programmeId) {
        Instrument instrument = instruments.of(programmeId);
        return new InstrumentJson(instrument.programmeId(), instrument.version(), instrument.areas().stream()
                .map((Area a) -> new AreaJson(a.id(), a.nameEs(), a.nameEn(), a.weight(), a.retired(),
                        instrument.questionsOf(a))).toList());
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
