package org.acredita.notifications.internal;

import java.util.Map;
import java.util.UUID;
import org.acredita.identity.Recipient;
import org.acredita.notifications.internal.NotificationKind;

/**
 * Something to remind of, before it is addressed: to one person ({@code personId}, e.g. an assignee, told
 * only while they may still read the agency) or, without one, to the people who should hear about the
 * agency ({@code identity.Recipients}).
 *
 * @param dedupKey the event's identity (see {@link ReminderRules#dedupKey}); each person gets it once
 */
record ReminderEvent(UUID agencyId, UUID personId, NotificationKind kind, String dedupKey,
        Map<String, String> parameters, String link) {

    ReminderEvent {
        parameters = Map.copyOf(parameters);
    }

    static ReminderEvent forAgency(UUID agencyId, NotificationKind kind, String dedupKey,
            Map<String, String> parameters, String link) {
        return new ReminderEvent(agencyId, null, kind, dedupKey, parameters, link);
    }

    static ReminderEvent forPerson(UUID agencyId, UUID personId, NotificationKind kind, String dedupKey,
            Map<String, String> parameters, String link) {
        return new ReminderEvent(agencyId, personId, kind, dedupKey, parameters, link);
    }

    /** Without a mail server, or without an address, the notice is only shown in the app. */
    NewNotification to(Recipient person, boolean mailOn) {
        return NewNotification.to(person, agencyId, kind, dedupKey, parameters, link, mailOn);
    }
}
