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
    /** A reviewer returned a standard to the agency (told to its assignee and the accreditation managers). */
    STANDARD_RETURNED,
    /** A reviewer found a standard in compliance. */
    STANDARD_IN_COMPLIANCE,
    /** The accreditation body accepted a waiver request. */
    WAIVER_ACCEPTED,
    /** The accreditation body rejected a waiver request. */
    WAIVER_REJECTED,
    /** The accreditation body accepted a request to mark a standard not applicable. */
    NOT_APPLICABLE_ACCEPTED,
    /** The accreditation body rejected a request to mark a standard not applicable. */
    NOT_APPLICABLE_REJECTED,
    /** A time-sensitive standard's period ends within days without its proof. */
    PROOF_DUE,
    /** A time-sensitive standard's period ended without its proof. */
    PROOF_MISSING,
    /** The agency sent a corrective action for verification (told to the assessment's team). */
    CORRECTIVE_ACTION_SUBMITTED,
    /** The reviewer verified a corrective action and closed the finding (told to the agency). */
    CORRECTIVE_ACTION_VERIFIED,
    /** The reviewer returned a corrective action with a reason (told to the agency). */
    CORRECTIVE_ACTION_RETURNED,
    /** A corrective action is past its due date and not verified. */
    CORRECTIVE_ACTION_OVERDUE,
    /** The accreditation body lifted one of the Commission's conditions on the agency's award. */
    CONDITION_LIFTED,
    /** A condition of the agency's award is past its due date and not lifted. */
    CONDITION_OVERDUE,
    /** The Commission suspended the agency's award. */
    AWARD_SUSPENDED,
    /** The Commission revoked the agency's award. */
    AWARD_REVOKED,
    /** The Commission reinstated the agency's suspended award. */
    AWARD_REINSTATED,
    /** The agency's award expired without reaccreditation. */
    AWARD_LAPSED,
    /** An annual status report is due within days and not signed. */
    ANNUAL_REPORT_DUE,
    /** An annual status report is past its due date and not signed. */
    ANNUAL_REPORT_OVERDUE,
    /** The chief executive signed an annual status report (told to the accreditation body's programme managers). */
    ANNUAL_REPORT_SIGNED,
    /** The accreditation body accepted an annual status report (told to the agency). */
    ANNUAL_REPORT_ACCEPTED,
    /** The accreditation body returned an annual status report with a reason (told to the agency). */
    ANNUAL_REPORT_RETURNED,
    /** An account saw failed sign-ins from many addresses (told to the administrators). */
    SIGN_IN_PATTERN
}
