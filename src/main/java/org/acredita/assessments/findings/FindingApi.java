package org.acredita.assessments.findings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Finding.CorrectiveAction;
import org.acredita.assessments.Finding.Severity;
import org.acredita.assessments.Finding.State;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Findings of an assessment and the agency's corrective actions. Before the findings go to the agency only the
 * team and the programme staff see them; anyone who may not see them gets 404.
 */
@RestController
@Tag(name = "Findings", description = "Hallazgos y acciones correctivas / Findings and corrective actions")
class FindingApi {

    record ActionRequest(String actions, UUID ownerId, LocalDate dueDate, List<UUID> proofIds) {
    }

    record VerificationRequest(Boolean verified, String reason) {
    }

    record DescriptionRequest(Severity severity, String missing) {
    }

    private final FindingWork findings;

    FindingApi(FindingWork findings) {
        this.findings = findings;
    }

    @GetMapping("/api/v1/assessments/{id}/findings")
    @Operation(summary = "The assessment's findings (standard, element, severity, state, what was missing, the "
            + "evidence reviewed, the current corrective action); optional state filter. The agency sees them once "
            + "the assessment is in FINDINGS_TO_AGENCY or later, withdrawn ones never")
    List<Finding> list(@PathVariable("id") UUID id, @RequestParam(name = "state", required = false) State state) {
        return findings.of(id).stream().filter(f -> state == null || f.state() == state).toList();
    }

    @GetMapping("/api/v1/assessments/{id}/findings/{findingId}")
    @Operation(summary = "One finding")
    Finding get(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId) {
        return findings.finding(id, findingId);
    }

    @PutMapping("/api/v1/assessments/{id}/findings/{findingId}")
    @Operation(summary = "The team sets the severity (MINOR, MAJOR, CRITICAL) and what was missing")
    Finding describe(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId,
            @RequestBody DescriptionRequest request) {
        return findings.describe(id, findingId, request.severity(), request.missing());
    }

    @GetMapping("/api/v1/assessments/{id}/findings/{findingId}/corrective-actions")
    @Operation(summary = "Every corrective action given for the finding, oldest first, returned ones with their reason")
    List<CorrectiveAction> actions(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId) {
        return findings.actions(id, findingId);
    }

    @PostMapping("/api/v1/assessments/{id}/findings/{findingId}/corrective-actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The agency's accreditation manager answers a finding: actions, ownerId (one of the "
            + "agency's people), dueDate (today or later) and proofIds (proofs of the agency's own live file). A "
            + "newer proposal replaces one not yet sent for verification")
    CorrectiveAction propose(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId,
            @RequestBody ActionRequest request) {
        return findings.propose(id, findingId, new FindingWork.ActionDraft(request.actions(), request.ownerId(),
                request.dueDate(), request.proofIds()));
    }

    @PostMapping("/api/v1/assessments/{id}/findings/{findingId}/corrective-actions/{actionId}/submission")
    @Operation(summary = "The agency sends its proposed corrective action to the reviewer (under review)")
    CorrectiveAction submit(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId,
            @PathVariable("actionId") UUID actionId) {
        return findings.submit(id, findingId, actionId);
    }

    @PostMapping("/api/v1/assessments/{id}/findings/{findingId}/corrective-actions/{actionId}/verification")
    @Operation(summary = "The reviewer verifies the corrective action (verified: true, the finding closes) or "
            + "returns it to the agency (verified: false with a reason)")
    CorrectiveAction verify(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId,
            @PathVariable("actionId") UUID actionId, @RequestBody VerificationRequest request) {
        return findings.decide(id, findingId, actionId, Boolean.TRUE.equals(request.verified()), request.reason());
    }
}
