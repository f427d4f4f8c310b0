package org.acredita.notifications.internal;

import java.util.Map;
import java.util.UUID;
import org.acredita.notifications.NotificationKind;

/** A notification about to be created; {@code email} null when it is only shown in the app. */
record NewNotification(UUID recipientId, UUID agencyId, NotificationKind kind, String dedupKey,
        Map<String, String> parameters, String link, String email, String locale) {
}
