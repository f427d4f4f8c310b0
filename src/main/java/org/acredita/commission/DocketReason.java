package org.acredita.commission;

/** Why an agency is on a meeting's docket. */
public enum DocketReason {
    INITIAL_ACCREDITATION, REACCREDITATION, DEFERRED_REHEARING, CONDITION_REVIEW, SUSPENSION;

    /** Whether the agency is heard on a released assessment report (the others on an award it holds). */
    public boolean heardOnReport() {
        return this == INITIAL_ACCREDITATION || this == REACCREDITATION || this == DEFERRED_REHEARING;
    }
}
