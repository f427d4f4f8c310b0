package org.acredita.assessments.oscal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Verdict;
import org.acredita.identity.Organisation;
import org.acredita.identity.StaffMember;
import org.acredita.standards.Text;

/**
 * What an assessment's OSCAL documents are written from, gathered once for a caller who may see its findings.
 *
 * @param scope the frozen scope in scope order
 * @param controls standard number to the control id of the edition's OSCAL catalog export
 * @param observations the current verdicts, without the team's notes
 * @param findings the findings not withdrawn, in standard order
 * @param people the team, the reviewers and the owners of corrective actions, by user id
 */
record OscalInput(Assessment assessment, Organisation agency, UUID editionId, List<ScopeLine> scope,
        Map<String, String> controls, List<Observed> observations, List<Finding> findings,
        Map<UUID, StaffMember> people) {

    OscalInput {
        scope = List.copyOf(scope);
        controls = Map.copyOf(controls);
        observations = List.copyOf(observations);
        findings = List.copyOf(findings);
        people = Map.copyOf(people);
    }

    /** A standard of the scope: number and title as frozen. */
    record ScopeLine(String number, Text title) {
    }

    /** A current verdict as the agency may read it: the team's private note is never carried. */
    record Observed(String number, String element, Verdict verdict, String reason, String commentToAgency,
            UUID reviewerId, Instant recordedAt) {
    }

    /** The catalog's control id of a standard; a number the edition no longer has keeps the export's fallback form. */
    String controlId(String number) {
        return controls.getOrDefault(number, "std-" + number);
    }

    /** The OSCAL statement a verdict or finding is about: the standard's statement or one of its items. */
    String statementId(String number, String element) {
        return controlId(number) + "_smt" + (element == null ? "" : "." + element);
    }

    /** The latest moment the documents reflect: the start, a verdict, a finding's change or a corrective action's. */
    Instant lastModified() {
        Instant latest = assessment.startedAt() == null ? assessment.createdAt() : assessment.startedAt();
        for (Observed observed : observations) {
            latest = later(latest, observed.recordedAt());
        }
        for (Finding finding : findings) {
            latest = later(latest, finding.changedAt());
            if (finding.action() != null) {
                latest = later(later(latest, finding.action().proposedAt()), finding.action().decidedAt());
            }
        }
        return latest;
    }

    private static Instant later(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
