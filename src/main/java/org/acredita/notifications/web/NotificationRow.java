package org.acredita.notifications.web;

import org.acredita.notifications.internal.Notification;

/** A notification with its text in the reader's language, for the templates. */
public record NotificationRow(Notification notification, String message) {
}
