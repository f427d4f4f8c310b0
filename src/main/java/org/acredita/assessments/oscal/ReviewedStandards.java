package org.acredita.assessments.oscal;

import static org.acredita.assessments.oscal.OscalJson.array;
import static org.acredita.assessments.oscal.OscalJson.object;
import static org.acredita.assessments.oscal.OscalJson.prop;

import java.util.List;
import java.util.Objects;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.Finding;
import org.acredita.assessments.oscal.OscalInput.Observed;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reviewed standards as OSCAL: each current verdict an observation (what the reviewer examined, and on a site
 * visit heard in interviews, about the agency, with the comment the agency is told), each finding not withdrawn a
 * finding on the standard's statement or element item, satisfied once closed or corrected.
 */
final class ReviewedStandards {

    private final OscalInput input;
    private final OscalParties parties;
    private final OscalWords words;

    ReviewedStandards(OscalInput input, OscalParties parties, OscalWords words) {
        this.input = input;
        this.parties = parties;
        this.words = words;
    }

    String observation(String number, String element) {
        return OscalUuids.of(input.assessment().id(), "observation/" + number + "/" + Objects.toString(element, ""));
    }

    String finding(Finding finding) {
        return OscalUuids.of(input.assessment().id(), "finding/" + finding.id());
    }

    /** The observations of these verdicts. */
    ArrayNode observations(List<Observed> observed) {
        ArrayNode list = OscalJson.JSON.createArrayNode();
        for (Observed verdict : observed) {
            ObjectNode node = object().put("uuid", observation(verdict.number(), verdict.element()))
                    .put("title", label(verdict.number(), verdict.element()));
            String comment = verdict.commentToAgency();
            node.put("description", comment != null && !comment.isBlank() ? comment
                    : words.withWord("assessments.oscal.observation.verdict",
                            "assessments.review.verdict." + verdict.verdict()));
            prop(node, "verdict", verdict.verdict().name());
            prop(node, "standard", verdict.number());
            prop(node, "element", verdict.element());
            ArrayNode methods = array(node, "methods");
            methods.add("EXAMINE");
            if (input.assessment().kind() == AssessmentKind.SITE_BASED_ASSESSMENT) {
                methods.add("INTERVIEW");
            }
            array(node, "types").add("control-objective");
            array(node, "subjects").add(object().put("subject-uuid", parties.agency()).put("type", "party"));
            if (verdict.reviewerId() != null && input.people().containsKey(verdict.reviewerId())) {
                ObjectNode origin = object();
                array(origin, "actors").add(object().put("type", "party")
                        .put("actor-uuid", parties.person(verdict.reviewerId())));
                array(node, "origins").add(origin);
            }
            node.put("collected", OscalJson.time(verdict.recordedAt()));
            if (verdict.reason() != null && !verdict.reason().isBlank()) {
                node.put("remarks", verdict.reason());
            }
            list.add(node);
        }
        return list;
    }

    /** The findings, each on its statement or item, related to the observation of the same verdict. */
    ArrayNode findings(List<Finding> findings) {
        ArrayNode list = OscalJson.JSON.createArrayNode();
        for (Finding finding : findings) {
            ObjectNode node = object().put("uuid", finding(finding))
                    .put("title", label(finding.standardNumber(), finding.element()));
            node.put("description", finding.missing() != null && !finding.missing().isBlank() ? finding.missing()
                    : words.withWord("assessments.oscal.finding.description",
                            "findings.severity." + finding.severity()));
            prop(node, "severity", finding.severity().name());
            prop(node, "finding-state", finding.state().name());
            boolean satisfied = finding.state() == Finding.State.CLOSED || finding.state() == Finding.State.CORRECTED;
            ObjectNode target = object().put("type", "statement-id")
                    .put("target-id", input.statementId(finding.standardNumber(), finding.element()));
            target.putObject("status").put("state", satisfied ? "satisfied" : "not-satisfied");
            node.set("target", target);
            if (observed(finding.standardNumber(), finding.element())) {
                array(node, "related-observations").add(object().put("observation-uuid",
                        observation(finding.standardNumber(), finding.element())));
            }
            list.add(node);
        }
        return list;
    }

    /** The verdicts the findings rest on, for documents that carry only those (the plan of action). */
    List<Observed> behind(List<Finding> findings) {
        return input.observations().stream().filter(o -> findings.stream().anyMatch(f ->
                f.standardNumber().equals(o.number()) && Objects.equals(f.element(), o.element()))).toList();
    }

    private boolean observed(String number, String element) {
        return input.observations().stream().anyMatch(o -> o.number().equals(number)
                && Objects.equals(o.element(), element));
    }

    /** "Norma 1.2.3 / Standard 1.2.3", with the element when there is one. */
    String label(String number, String element) {
        return element == null ? words.both("assessments.oscal.standard", number)
                : words.both("assessments.oscal.element", number, element);
    }
}
