package org.acredita.selfassessment;

/** An agency's request that a standard not count: not applicable to it, or waived for a while. */
public enum ExceptionRequest {
    NOT_APPLICABLE, WAIVER
}
