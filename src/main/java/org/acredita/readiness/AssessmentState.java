package org.acredita.readiness;

/** A draft can be saved again and again; a completed assessment never changes. */
public enum AssessmentState {
    DRAFT, COMPLETED
}
