package org.acredita.assessments.oscal;

import static org.acredita.assessments.oscal.OscalJson.array;
import static org.acredita.assessments.oscal.OscalJson.object;
import static org.acredita.assessments.oscal.OscalJson.prop;

import java.time.ZoneId;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentStatus;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An assessment as an OSCAL 1.1.2 assessment-results document: one result over the window, the standards in scope
 * as the reviewed controls (the ids of the edition's catalog export), the verdicts as observations and the findings.
 */
final class AssessmentResultsWriter {

    static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    private AssessmentResultsWriter() {
    }

    static ObjectNode write(OscalInput input, OscalWords words) {
        Assessment assessment = input.assessment();
        OscalParties parties = new OscalParties(input, words);
        OscalBackMatter backMatter = new OscalBackMatter(input, words);
        ReviewedStandards reviewed = new ReviewedStandards(input, parties, words);
        ObjectNode document = object();
        document.put("uuid", "");
        document.set("metadata", parties.metadata(words.withWord("assessments.oscal.results.title",
                "assessments.kind." + assessment.kind()) + ": " + input.agency().name()));
        document.putObject("import-ap").put("href", "#" + backMatter.plan())
                .put("remarks", words.both("assessments.oscal.importAp.remarks"));
        ObjectNode result = object().put("uuid", OscalUuids.of(assessment.id(), "result"))
                .put("title", words.both("assessments.kind." + assessment.kind()) + ": " + input.agency().name())
                .put("description", words.withWord("assessments.oscal.result.description",
                        "assessments.status." + assessment.status(), input.observations().size(),
                        input.findings().size()));
        prop(result, "assessment-status", assessment.status().name());
        ZoneId zone = input.agency().timeZone() == null ? MEXICO_CITY : input.agency().timeZone();
        result.put("start", OscalJson.day(assessment.windowStart(), zone, false));
        if (assessment.status().compareTo(AssessmentStatus.FINDINGS_TO_AGENCY) >= 0) {
            // The review is over once its findings went to the agency; until then the result has no end.
            result.put("end", OscalJson.day(assessment.windowEnd(), zone, true));
        }
        result.set("reviewed-controls", reviewedControls(input, backMatter, words));
        ArrayNode observations = reviewed.observations(input.observations());
        if (!observations.isEmpty()) {
            result.set("observations", observations);
        }
        ArrayNode findings = reviewed.findings(input.findings());
        if (!findings.isEmpty()) {
            result.set("findings", findings);
        }
        array(document, "results").add(result);
        document.set("back-matter", backMatter.backMatter());
        return OscalDocuments.sealed("assessment-results", assessment.id(), document);
    }

    private static ObjectNode reviewedControls(OscalInput input, OscalBackMatter backMatter, OscalWords words) {
        ObjectNode reviewed = object().put("description", words.both("assessments.oscal.reviewed.description",
                input.scope().size()));
        array(reviewed, "links").add(object().put("href", "#" + backMatter.catalog()).put("rel", "reference"));
        ObjectNode selection = object();
        input.scope().forEach(line -> array(selection, "include-controls")
                .add(object().put("control-id", input.controlId(line.number()))));
        array(reviewed, "control-selections").add(selection);
        return reviewed;
    }
}
