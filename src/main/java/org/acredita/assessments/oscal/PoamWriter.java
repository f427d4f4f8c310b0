package org.acredita.assessments.oscal;

import static org.acredita.assessments.oscal.OscalJson.array;
import static org.acredita.assessments.oscal.OscalJson.object;
import static org.acredita.assessments.oscal.OscalJson.prop;

import java.time.ZoneId;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Finding.CorrectiveAction;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An assessment's corrective actions as an OSCAL 1.1.2 plan-of-action-and-milestones: a poam-item per finding,
 * each with a risk whose remediation is the agency's current corrective action (its owner as the party behind it,
 * its due date as the milestone). The system is the agency's accreditation file ({@code system-id}, which makes
 * {@code import-ssp} unnecessary: Acredita keeps no system security plan).
 */
final class PoamWriter {

    private PoamWriter() {
    }

    static ObjectNode write(OscalInput input, OscalWords words) {
        Assessment assessment = input.assessment();
        if (input.findings().isEmpty()) {
            // OSCAL requires at least one poam-item: without findings there is no plan to write.
            throw RuleViolation.onField("id", "assessments.oscal.poam.noFindings");
        }
        OscalParties parties = new OscalParties(input, words);
        ReviewedStandards reviewed = new ReviewedStandards(input, parties, words);
        ZoneId zone = input.agency().timeZone() == null ? AssessmentResultsWriter.MEXICO_CITY
                : input.agency().timeZone();
        ObjectNode document = object();
        document.put("uuid", "");
        document.set("metadata", parties.metadata(words.withWord("assessments.oscal.poam.title",
                "assessments.kind." + assessment.kind()) + ": " + input.agency().name()));
        document.putObject("system-id").put("identifier-type", OscalJson.NS + "/accreditation-file")
                .put("id", assessment.fileId().toString());
        ArrayNode observations = reviewed.observations(reviewed.behind(input.findings()));
        if (!observations.isEmpty()) {
            document.set("observations", observations);
        }
        ArrayNode risks = document.putArray("risks");
        ArrayNode items = document.putArray("poam-items");
        for (Finding finding : input.findings()) {
            risks.add(risk(input, finding, reviewed, parties, words, zone));
            items.add(item(input, finding, reviewed, words));
        }
        document.set("findings", reviewed.findings(input.findings()));
        document.set("back-matter", new OscalBackMatter(input, words).backMatter());
        return OscalDocuments.sealed("plan-of-action-and-milestones", assessment.id(), document);
    }

    private static ObjectNode item(OscalInput input, Finding finding, ReviewedStandards reviewed, OscalWords words) {
        ObjectNode item = object().put("uuid", OscalUuids.of(input.assessment().id(), "poam-item/" + finding.id()))
                .put("title", reviewed.label(finding.standardNumber(), finding.element()))
                .put("description", description(finding, words));
        status(item, finding);
        array(item, "related-findings").add(object().put("finding-uuid", reviewed.finding(finding)));
        array(item, "related-risks").add(object().put("risk-uuid", risk(input, finding)));
        return item;
    }

    private static ObjectNode risk(OscalInput input, Finding finding, ReviewedStandards reviewed,
            OscalParties parties, OscalWords words, ZoneId zone) {
        ObjectNode risk = object().put("uuid", risk(input, finding))
                .put("title", reviewed.label(finding.standardNumber(), finding.element()))
                .put("description", description(finding, words))
                .put("statement", words.withWord("assessments.oscal.risk.statement",
                        "findings.severity." + finding.severity(), finding.standardNumber()));
        status(risk, finding);
        risk.put("status", switch (finding.state()) {
            case OPEN -> "open";
            case ACTION_PROPOSED, UNDER_REVIEW, RETURNED -> "remediating";
            case CLOSED, CORRECTED, WITHDRAWN -> "closed";
        });
        CorrectiveAction action = finding.action();
        if (action != null) {
            risk.put("deadline", OscalJson.day(action.dueDate(), zone, true));
            ObjectNode response = object().put("uuid", OscalUuids.of(input.assessment().id(),
                            "remediation/" + action.id()))
                    .put("lifecycle", action.state() == Finding.ActionState.VERIFIED ? "completed" : "planned")
                    .put("title", words.both("assessments.oscal.remediation.title"))
                    .put("description", action.actions());
            prop(response, "action-state", action.state().name());
            if (input.people().containsKey(action.ownerId())) {
                ObjectNode origin = object();
                array(origin, "actors").add(object().put("type", "party")
                        .put("actor-uuid", parties.person(action.ownerId())));
                array(response, "origins").add(origin);
            }
            ObjectNode milestone = object().put("uuid", OscalUuids.of(input.assessment().id(),
                            "milestone/" + action.id()))
                    .put("type", "milestone")
                    .put("title", words.both("assessments.oscal.milestone.title", action.dueDate().toString()));
            milestone.putObject("timing").putObject("on-date").put("date", OscalJson.day(action.dueDate(), zone, true));
            array(response, "tasks").add(milestone);
            array(risk, "remediations").add(response);
        }
        return risk;
    }

    private static String risk(OscalInput input, Finding finding) {
        return OscalUuids.of(input.assessment().id(), "risk/" + finding.id());
    }

    private static String description(Finding finding, OscalWords words) {
        return finding.missing() != null && !finding.missing().isBlank() ? finding.missing()
                : words.withWord("assessments.oscal.finding.description", "findings.severity." + finding.severity());
    }

    private static void status(ObjectNode node, Finding finding) {
        prop(node, "severity", finding.severity().name());
        prop(node, "finding-state", finding.state().name());
        if (finding.action() != null) {
            prop(node, "action-state", finding.action().state().name());
            prop(node, "due-date", finding.action().dueDate());
        }
    }
}
