package org.acredita.assessments;

/** Where an assessment stands; {@code internal.StatusRules} says which may follow which. */
public enum AssessmentStatus {
    PLANNED, IN_PROGRESS, FINDINGS_TO_AGENCY, REPORT_DRAFTING, REPORT_RELEASED, CLOSED
}
