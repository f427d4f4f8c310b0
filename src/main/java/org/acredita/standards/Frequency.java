package org.acredita.standards;

/** How often a time-sensitive standard must be proven during the review window. */
public enum Frequency {
    MONTHLY, QUARTERLY, SEMI_ANNUAL, ANNUAL, BIENNIAL, ONCE_PER_CYCLE, ON_EVENT
}
