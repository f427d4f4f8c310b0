package org.acredita.notifications.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One kind of dated work the reminder sweep looks at. Each source reads another module's public read
 * service (the sweep runs as the system) and turns what is due today into events; the sweep addresses them,
 * writes them once and e-mails them. Adding a kind of reminder is one more component implementing this,
 * plus its {@code NotificationKind} values, their texts and the kinds allowed in the notification table.
 */
interface ReminderSource {

    /** What deserves a reminder on this day; offering an event again on later days is harmless. */
    List<ReminderEvent> eventsOn(LocalDate today);
}
