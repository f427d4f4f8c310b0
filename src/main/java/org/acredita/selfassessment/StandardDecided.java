package org.acredita.selfassessment;

import java.util.UUID;
import org.acredita.standards.Text;

/**
 * A reviewer or the accreditation body decided on a standard of a file: returned it to the agency, found it in
 * compliance, or accepted or rejected a waiver or not-applicable request. Published synchronously inside the
 * decision's transaction, so whatever a listener writes (notices to the assignee and the accreditation managers)
 * commits or rolls back with the decision.
 *
 * @param decision {@code RETURN}, {@code APPROVE}, {@code ACCEPT_REQUEST} or {@code REJECT_REQUEST}
 * @param request the request decided on (accept or reject), else null
 * @param assigneeId who the standard is assigned to, or null
 * @param note the reviewer's comment (required to return or reject), or null
 * @param decisionId this decision, unique: a notice names it so nobody is told of one decision twice
 */
public record StandardDecided(UUID fileId, UUID agencyId, String number, Text title, StandardAction decision,
        ExceptionRequest request, UUID assigneeId, UUID deciderId, String deciderName, String note, UUID decisionId) {

    /** The actions that are decisions the agency is told about. */
    static boolean isDecision(StandardAction action) {
        return action == StandardAction.RETURN || action == StandardAction.APPROVE
                || action == StandardAction.ACCEPT_REQUEST || action == StandardAction.REJECT_REQUEST;
    }

    /** The standard's page, where the decision and its note are. */
    public String link() {
        return "/accreditation-files/" + fileId + "/standards/" + number;
    }
}
