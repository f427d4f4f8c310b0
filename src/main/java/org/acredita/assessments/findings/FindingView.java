package org.acredita.assessments.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Finding.ActionState;
import org.acredita.assessments.Finding.CorrectiveAction;
import org.acredita.identity.Organisation;
import org.acredita.identity.StaffMember;
import org.acredita.proofs.Proof;

/**
 * One finding's page: the finding, its history, every corrective action, and what the caller may do.
 *
 * @param answers whether the caller answers it (the agency's accreditation managers, once sent)
 * @param reviews whether the caller describes it and verifies actions (the team, the programme staff)
 * @param owners the agency's people a corrective action can be owned by (for the agency's form)
 * @param proofs the proofs of the standard in the agency's live file, which an action can cite
 */
public record FindingView(Organisation agency, Assessment assessment, Finding finding, List<Finding.Step> history,
        List<CorrectiveAction> actions, Map<UUID, String> people, boolean answers, boolean reviews,
        List<StaffMember> owners, List<Proof> proofs, LocalDate today) {

    /** The action waiting for the reviewer, or null. */
    public CorrectiveAction underReview() {
        return actions.stream().filter(a -> a.state() == ActionState.UNDER_REVIEW).findFirst().orElse(null);
    }

    /** The proposal the agency may still send for verification, or null. */
    public CorrectiveAction proposed() {
        return actions.stream().filter(a -> a.state() == ActionState.PROPOSED).findFirst().orElse(null);
    }

    /** Whether the agency may (still) answer with an action in the finding's state. */
    public boolean canPropose() {
        return answers && switch (finding.state()) {
            case OPEN, RETURNED, ACTION_PROPOSED -> true;
            default -> false;
        };
    }

    /** A cited proof as the live file has it now, or null when it is no longer there. */
    public Proof proof(UUID proofId) {
        return proofs.stream().filter(p -> p.id().equals(proofId)).findFirst().orElse(null);
    }

    public String person(UUID id) {
        return id == null ? "" : people.getOrDefault(id, "");
    }
}
