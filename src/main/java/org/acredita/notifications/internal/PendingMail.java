package org.acredita.notifications.internal;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.acredita.notifications.internal.NotificationKind;

/** An e-mail waiting in the outbox, with what is needed to write it in the recipient's language. */
record PendingMail(UUID id, NotificationKind kind, Map<String, String> parameters, String link, String to,
        Locale locale, int attempts) {
}
