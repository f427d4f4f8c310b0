package org.acredita.notifications.internal;

/** What a notification reminds of; its text comes from the bundle key {@code notifications.message.<kind>}. */
public enum NotificationKind {
    SELF_ASSESSMENT_DEADLINE, SELF_ASSESSMENT_OVERDUE, AWARD_EXPIRY, IMPROVEMENT_OVERDUE,
    /** A standard assigned to the recipient is due within days. */
    ASSIGNMENT_DUE,
    /** A standard assigned to the recipient is due today. */
    ASSIGNMENT_DUE_TODAY,
    /** A standard assigned to the recipient is past its due date and still open. */
    ASSIGNMENT_OVERDUE,
    /** An accepted waiver of a standard ends within days. */
    WAIVER_EXPIRING,
    /** An accepted waiver reached its last day: the standard needs work again. */
    WAIVER_EXPIRED,
    /** Someone mentioned the recipient in a standard's comments. */
    MENTIONED,
    /** A time-sensitive standard's period ends within days without its proof. */
    PROOF_DUE,
    /** A time-sensitive standard's period ended without its proof. */
    PROOF_MISSING
}
