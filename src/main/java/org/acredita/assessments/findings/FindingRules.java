package org.acredita.assessments.findings;

import static org.acredita.assessments.Finding.State.*;

import java.util.Optional;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.Finding.State;
import org.acredita.assessments.Verdict;

/**
 * How a finding moves. Verdicts open, reopen, withdraw or correct it; the agency proposes a corrective action
 * and sends it for verification; the reviewer verifies it (closed) or returns it with a reason, and the agency
 * proposes again. Nothing is deleted: a withdrawn or corrected finding is reopened when the verdict turns back.
 */
public final class FindingRules {

    private FindingRules() {
    }

    /**
     * The state a verdict moves the finding of its standard (or element) to, or empty when it changes nothing.
     *
     * @param current the finding's state, null when there is none yet
     * @param sent whether the findings already went to the agency (then a compliant verdict no longer withdraws)
     */
    public static Optional<State> afterVerdict(State current, Verdict verdict, boolean sent) {
        return Optional.ofNullable(switch (verdict) {
            case NOT_IN_COMPLIANCE -> current == null || current == WITHDRAWN || current == CORRECTED ? OPEN : null;
            case IN_COMPLIANCE, NOT_APPLICABLE -> current == OPEN && !sent ? WITHDRAWN : null;
            case CORRECTED_DURING_ASSESSMENT -> current == null || current == WITHDRAWN || current == OPEN
                    || current == RETURNED || current == ACTION_PROPOSED ? CORRECTED : null;
        });
    }

    /** The agency answers (or answers again) with a corrective action. */
    public static State propose(State current) {
        return require(current == OPEN || current == RETURNED || current == ACTION_PROPOSED, ACTION_PROPOSED);
    }

    /** The agency sends its proposed action for verification. */
    public static State submit(State current) {
        return require(current == ACTION_PROPOSED, UNDER_REVIEW);
    }

    /** The reviewer verifies the action and closes the finding. */
    public static State verify(State current) {
        return require(current == UNDER_REVIEW, CLOSED);
    }

    /** The reviewer returns the action to the agency with a reason. */
    public static State giveBack(State current) {
        return require(current == UNDER_REVIEW, RETURNED);
    }

    private static State require(boolean allowed, State to) {
        if (!allowed) {
            throw RuleViolation.onField("state", "findings.state.notNow");
        }
        return to;
    }
}
