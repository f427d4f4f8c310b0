package org.acredita.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.standards.Level;

/**
 * A standard, or one of its elements, found not in compliance in an assessment, with the agency's corrective
 * action and where it stands. The report and the commission read findings through {@link Findings}.
 *
 * @param element the element's label, or null when the finding is on the whole standard
 * @param missing what was missing, as the agency is told (from the verdict's comment, editable by the team)
 * @param action the current corrective action (the latest one), or null before the agency answers
 * @param evidence the proofs and directive sections the review looked at, as frozen in the snapshot
 */
public record Finding(UUID id, UUID assessmentId, UUID agencyId, String standardNumber, String element,
        Severity severity, State state, String missing, Instant openedAt, Instant changedAt,
        CorrectiveAction action, List<String> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    /** How serious the gap is; the team may change it. */
    public enum Severity {
        MINOR, MAJOR, CRITICAL;

        /** A mandatory standard's gap is major by default, another standard's minor. */
        public static Severity defaultFor(String level) {
            return Level.MANDATORY.name().equals(level) ? MAJOR : MINOR;
        }
    }

    /**
     * Where a finding stands: open → action proposed → under review → closed (verified) or returned (to the
     * agency, which proposes again); withdrawn when a later verdict found the standard compliant before the
     * findings went to the agency; corrected when it was corrected during the assessment.
     */
    public enum State {
        OPEN, ACTION_PROPOSED, UNDER_REVIEW, RETURNED, CLOSED, WITHDRAWN, CORRECTED;

        /** Still waiting for the agency or the reviewer. */
        public boolean pending() {
            return this == OPEN || this == ACTION_PROPOSED || this == UNDER_REVIEW || this == RETURNED;
        }
    }

    /** The agency's answer to a finding. */
    public record CorrectiveAction(UUID id, UUID findingId, String actions, UUID ownerId, String ownerName,
            LocalDate dueDate, List<UUID> proofIds, ActionState state, String returnReason, Instant proposedAt,
            Instant decidedAt) {

        public CorrectiveAction {
            proofIds = List.copyOf(proofIds);
        }

        /** Past its due date and not verified yet. */
        public boolean overdue(LocalDate today) {
            return (state == ActionState.PROPOSED || state == ActionState.UNDER_REVIEW) && dueDate.isBefore(today);
        }
    }

    /** A corrective action's own state; a replaced one was superseded by a newer proposal before review. */
    public enum ActionState {
        PROPOSED, UNDER_REVIEW, VERIFIED, RETURNED, REPLACED
    }

    /** One step in a finding's history. */
    public record Step(Instant at, UUID actorId, String step, State from, State to, String note) {
    }

    /** An agency's open and overdue findings, for dashboards and the agency's page. */
    public record Tally(UUID agencyId, long open, long overdue) {
    }

    /** A corrective action past due, for reminders. */
    public record Overdue(UUID findingId, UUID assessmentId, UUID agencyId, String agencyName, String standardNumber,
            LocalDate dueDate, UUID ownerId) {
    }

    /**
     * Published inside the transaction of a corrective action's step, so the agency and the reviewers can be
     * told at once (submitted: the team; verified or returned: the agency's accreditation managers).
     */
    public record ActionStep(UUID actionId, UUID findingId, UUID assessmentId, UUID agencyId, String standardNumber,
            ActionState state, String reason, UUID actorId, List<UUID> teamIds) {

        public ActionStep {
            teamIds = List.copyOf(teamIds);
        }
    }
}
