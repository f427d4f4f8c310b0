package org.acredita.readiness.internal;

/** A draft can be saved again and again; a completed assessment never changes. */
public enum AssessmentState {
    DRAFT, COMPLETED
}
