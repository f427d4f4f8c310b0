package org.acredita.assessments.internal;

import static org.acredita.assessments.AssessmentStatus.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.AssessmentStatus;

/**
 * The order an assessment moves in: planned, in progress (the snapshot is frozen), findings sent to the agency,
 * report in drafting, report released, closed. One step at a time, forwards only: a released report and the
 * findings it rests on are a record, so nothing goes back.
 */
public final class StatusRules {

    private static final Map<AssessmentStatus, AssessmentStatus> NEXT = new EnumMap<>(AssessmentStatus.class);

    static {
        NEXT.put(PLANNED, IN_PROGRESS);
        NEXT.put(IN_PROGRESS, FINDINGS_TO_AGENCY);
        NEXT.put(FINDINGS_TO_AGENCY, REPORT_DRAFTING);
        NEXT.put(REPORT_DRAFTING, REPORT_RELEASED);
        NEXT.put(REPORT_RELEASED, CLOSED);
    }

    private StatusRules() {
    }

    /** The status that may follow, none after closing. */
    public static Optional<AssessmentStatus> next(AssessmentStatus from) {
        return Optional.ofNullable(NEXT.get(from));
    }

    public static boolean allows(AssessmentStatus from, AssessmentStatus to) {
        return to != null && to == NEXT.get(from);
    }

    /** Refuses anything but the next step. */
    public static void require(AssessmentStatus from, AssessmentStatus to) {
        if (!allows(from, to)) {
            throw RuleViolation.onField("status", "assessments.status.notNext");
        }
    }
}
