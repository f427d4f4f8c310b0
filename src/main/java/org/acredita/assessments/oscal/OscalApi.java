package org.acredita.assessments.oscal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An assessment's results and corrective actions as NIST OSCAL 1.1.2 JSON (docs/oscal.md). Whoever may not see the
 * assessment's findings gets 404.
 */
@RestController
@Tag(name = "Assessments", description = "Evaluaciones / Assessments")
class OscalApi {

    private final OscalExports exports;

    OscalApi(OscalExports exports) {
        this.exports = exports;
    }

    @GetMapping(path = "/api/v1/assessments/{id}/oscal/assessment-results", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The assessment's results as an OSCAL 1.1.2 assessment-results document: the standards in "
            + "scope as reviewed controls (the ids of the edition's OSCAL catalog export), the current verdicts as "
            + "observations (the comment to the agency, never the team's note), the findings, the team as parties. "
            + "For the programme staff and the team once the assessment started; for the agency and its advisors once "
            + "the findings went to the agency")
    ResponseEntity<byte[]> assessmentResults(@PathVariable("id") UUID id) {
        return json(exports.assessmentResults(id), "assessment-results-" + id + ".json");
    }

    @GetMapping(path = "/api/v1/assessments/{id}/oscal/poam", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The assessment's findings and corrective actions as an OSCAL 1.1.2 "
            + "plan-of-action-and-milestones: a poam-item per finding, its corrective action as the risk's "
            + "remediation (owner as party, due date as milestone). Same readers as the assessment results; 400 "
            + "when the assessment has no findings (OSCAL requires at least one item)")
    ResponseEntity<byte[]> poam(@PathVariable("id") UUID id) {
        return json(exports.planOfActionAndMilestones(id), "poam-" + id + ".json");
    }

    private static ResponseEntity<byte[]> json(byte[] body, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
