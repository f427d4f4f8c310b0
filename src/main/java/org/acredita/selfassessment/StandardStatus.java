package org.acredita.selfassessment;

/** Where a standard of a file stands; see {@link WorkflowRules} for the moves between them. */
public enum StandardStatus {
    NOT_STARTED, IN_PROGRESS, READY_FOR_REVIEW, IN_COMPLIANCE, RETURNED, NOT_APPLICABLE, WAIVED
}
