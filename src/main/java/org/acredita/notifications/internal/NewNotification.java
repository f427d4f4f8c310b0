package org.acredita.notifications.internal;

import java.util.Map;
import java.util.UUID;
import org.acredita.identity.Recipient;
import org.acredita.notifications.internal.NotificationKind;

/** A notification about to be created; {@code email} null when it is only shown in the app. */
record NewNotification(UUID recipientId, UUID agencyId, NotificationKind kind, String dedupKey,
        Map<String, String> parameters, String link, String email, String locale) {

    /** Addressed to the person, e-mailed too when mail is on and they keep an address. */
    static NewNotification to(Recipient person, UUID agencyId, NotificationKind kind, String dedupKey,
            Map<String, String> parameters, String link, boolean mailOn) {
        boolean mail = mailOn && person.email() != null && !person.email().isBlank();
        return new NewNotification(person.userId(), agencyId, kind, dedupKey, parameters, link,
                mail ? person.email() : null, person.language().toLanguageTag());
    }
}
