package org.acredita.assessments.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.acredita.assessments.RecordedVerdict;
import org.acredita.assessments.Verdict;
import org.acredita.assessments.Verdicts;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Recording a reviewer's verdict on a standard of an assessment's scope, or on one of its elements. */
@RestController
@Tag(name = "Assessments", description = "Evaluaciones / Assessments")
class VerdictApi {

    record VerdictRequest(Verdict verdict, String element, String reason, String commentToAgency, String teamNote) {
    }

    private final Verdicts verdicts;

    VerdictApi(Verdicts verdicts) {
        this.verdicts = verdicts;
    }

    @PutMapping("/api/v1/assessments/{id}/standards/{number}/verdict")
    @Operation(summary = "Record or change the verdict on a standard in scope, or on one of its elements (element: "
            + "its letter): IN_COMPLIANCE, NOT_IN_COMPLIANCE, NOT_APPLICABLE (reason required), "
            + "CORRECTED_DURING_ASSESSMENT, with a comment to the agency and a note for the team only. A change "
            + "keeps the earlier verdict in the history. 400 for a standard outside the scope or bad input (nothing "
            + "is stored), 403 for a chapter not assigned to the caller, 404 for who may not see the assessment, "
            + "409 before the window starts or once the assessment has moved on from in progress")
    RecordedVerdict record(@PathVariable("id") UUID id, @PathVariable("number") String number,
            @RequestBody VerdictRequest request) {
        return verdicts.record(id, number, request == null ? null : new Verdicts.Choice(request.verdict(),
                request.element(), request.reason(), request.commentToAgency(), request.teamNote()));
    }
}
