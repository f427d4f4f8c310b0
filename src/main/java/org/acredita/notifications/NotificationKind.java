package org.acredita.notifications;

/** What a notification reminds of; its text comes from the bundle key {@code notifications.message.<kind>}. */
public enum NotificationKind {
    SELF_ASSESSMENT_DEADLINE, SELF_ASSESSMENT_OVERDUE, AWARD_EXPIRY, IMPROVEMENT_OVERDUE
}
