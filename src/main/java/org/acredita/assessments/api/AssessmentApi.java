package org.acredita.assessments.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.NewAssessment;
import org.acredita.assessments.ScopeMode;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.assessments.TeamRole;
import org.acredita.assessments.RecordedVerdict;
import org.acredita.assessments.Verdicts;
import org.acredita.assessments.review.ReviewedStandard;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessments: what the caller may see, planning, starting and moving one on, and its frozen standards.
 * An assessment the caller may not see (another agency, an assessor not on the team, a funder) answers 404.
 */
@RestController
@Tag(name = "Assessments", description = "Evaluaciones / Assessments")
class AssessmentApi {

    record Window(LocalDate start, LocalDate end) {
    }

    record Summary(UUID id, UUID agencyId, String kind, String status, Window window, String snapshotHash) {

        static Summary of(Assessment a) {
            return new Summary(a.id(), a.agencyId(), a.kind().name(), a.status().name(),
                    new Window(a.windowStart(), a.windowEnd()), a.snapshotHash());
        }
    }

    record Member(UUID userId, String name, String role, List<Integer> chapters) {
    }

    record Scope(String mode, Integer samplePercent, Long sampleSeed, Map<String, String> standards) {
    }

    /** The team and the scope are shown to programme staff and the team; others see the summary only. */
    record Detail(UUID id, UUID agencyId, UUID fileId, String kind, String status, Window window, String snapshotHash,
            java.time.Instant startedAt, List<Member> team, Scope scope) {
    }

    record TeamRequest(UUID userId, TeamRole role, List<Integer> chapters) {
    }

    record ScopeRequest(ScopeMode mode, Integer samplePercent, Long sampleSeed, List<String> standards) {
    }

    record PlanRequest(UUID fileId, AssessmentKind kind, Window window, ScopeRequest scope, List<TeamRequest> team) {

        NewAssessment draft() {
            ScopeRequest s = scope == null ? new ScopeRequest(ScopeMode.ALL, null, null, null) : scope;
            return new NewAssessment(fileId, kind, window == null ? null : window.start(),
                    window == null ? null : window.end(), s.mode(), s.samplePercent(), s.sampleSeed(), s.standards(),
                    team == null ? List.of() : team.stream()
                            .map(t -> new NewAssessment.TeamChoice(t.userId(), t.role(), t.chapters())).toList());
        }
    }

    record StatusRequest(AssessmentStatus status) {
    }

    private final Assessments assessments;
    private final Verdicts verdicts;

    AssessmentApi(Assessments assessments, Verdicts verdicts) {
        this.assessments = assessments;
        this.verdicts = verdicts;
    }

    @GetMapping("/api/v1/assessments")
    @Operation(summary = "The assessments the caller may see, newest window first: programme staff all, the team "
            + "theirs, the agency and its advisors their agency's; funders and commissioners none until reports "
            + "are released")
    List<Summary> list() {
        return assessments.visible().stream().map(Summary::of).toList();
    }

    @PostMapping("/api/v1/agencies/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan an assessment: kind (MOCK_ASSESSMENT by the agency's advisors, REMOTE_FILE_REVIEW, "
            + "SITE_BASED_ASSESSMENT by programme staff), window {start,end}, scope {mode: ALL | SAMPLE with "
            + "samplePercent and optional sampleSeed | PICKED with standards}, team [{userId, role, chapters}]. "
            + "Time-sensitive standards and standards returned before are always in scope")
    Detail plan(@PathVariable("id") UUID agencyId, @RequestBody PlanRequest request) {
        return detail(assessments.plan(agencyId, request.draft()));
    }

    @GetMapping("/api/v1/assessments/{id}")
    @Operation(summary = "One assessment: kind, status, window and snapshot hash; team and scope for programme "
            + "staff and the team")
    Detail get(@PathVariable("id") UUID id) {
        return detail(assessments.get(id));
    }

    @PostMapping("/api/v1/assessments/{id}/status")
    @Operation(summary = "Move the assessment one step on: IN_PROGRESS starts it (the agency's lifecycle moves, "
            + "the snapshot is frozen and hashed; a refused lifecycle step changes nothing), then "
            + "FINDINGS_TO_AGENCY, REPORT_DRAFTING, REPORT_RELEASED, CLOSED")
    Detail move(@PathVariable("id") UUID id, @RequestBody StatusRequest request) {
        return detail(assessments.advance(id, request.status()));
    }

    @GetMapping("/api/v1/assessments/{id}/standards")
    @Operation(summary = "The standards in scope as frozen at the start: status, mapped directive sections' text, "
            + "proofs by SHA-256, and why each is in scope; empty while planned. With the current verdict on each "
            + "standard (null while undecided) and on its elements, for those who see the review")
    List<ReviewedStandard> standards(@PathVariable("id") UUID id) {
        List<SnapshotStandard> standards = assessments.standards(id);
        Map<String, List<RecordedVerdict>> current = standards.isEmpty() || !verdicts.seesReview(assessments.get(id))
                ? Map.of() : verdicts.current(id);
        return standards.stream().map(s -> ReviewedStandard.of(s, current.getOrDefault(s.number(), List.of())))
                .toList();
    }

    private Detail detail(Assessment a) {
        Window window = new Window(a.windowStart(), a.windowEnd());
        if (!assessments.seesDetail(a)) {
            return new Detail(a.id(), a.agencyId(), null, a.kind().name(), a.status().name(), window,
                    a.snapshotHash(), a.startedAt(), null, null);
        }
        return new Detail(a.id(), a.agencyId(), a.fileId(), a.kind().name(), a.status().name(), window,
                a.snapshotHash(), a.startedAt(), a.team().stream()
                        .map(m -> new Member(m.userId(), m.displayName(), m.role().name(), m.chapters())).toList(),
                new Scope(a.scopeMode().name(), a.samplePercent(), a.sampleSeed(), assessments.scope(a.id())));
    }
}
