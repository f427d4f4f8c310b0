package org.acredita.notifications.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acredita.agencies.Deadline;
import org.acredita.agencies.Deadlines;
import org.acredita.improvement.OverdueItem;
import org.acredita.improvement.OverdueItems;
import org.acredita.notifications.internal.NotificationKind;
import org.acredita.notifications.internal.ReminderRules.Reminder;
import org.springframework.stereotype.Component;

/**
 * An agency's programme dates (self-assessment deadlines, award expiries) and its overdue improvement items,
 * for the people who should hear about the agency.
 */
@Component
class ProgrammeReminders implements ReminderSource {

    private final Deadlines deadlines;
    private final OverdueItems overdueItems;
    private final ReminderRules rules;

    ProgrammeReminders(Deadlines deadlines, OverdueItems overdueItems, NotificationsProperties properties) {
        this.deadlines = deadlines;
        this.overdueItems = overdueItems;
        this.rules = ReminderRules.of(properties);
    }

    @Override
    public List<ReminderEvent> eventsOn(LocalDate today) {
        List<ReminderEvent> events = new ArrayList<>();
        List<Deadline> dates = new ArrayList<>(deadlines.overdue(today));
        dates.addAll(deadlines.dueBetween(today, today.plusDays(rules.horizonDays())));
        for (Deadline deadline : dates) {
            rules.forDeadline(deadline.kind(), deadline.due(), today)
                    .ifPresent(reminder -> events.add(of(deadline, reminder)));
        }
        for (OverdueItem item : overdueItems.on(today)) {
            events.add(of(item));
        }
        return events;
    }

    private static ReminderEvent of(Deadline deadline, Reminder reminder) {
        return ReminderEvent.forAgency(deadline.agencyId(), reminder.kind(),
                ReminderRules.dedupKey(reminder, deadline.enrolmentId(), deadline.due()),
                Map.of("agency", deadline.agencyName(), "programme", deadline.programme().name(), "due",
                        deadline.due().toString(), "days", String.valueOf(reminder.days())),
                "/agencies/" + deadline.agencyId());
    }

    private static ReminderEvent of(OverdueItem item) {
        Reminder reminder = new Reminder(NotificationKind.IMPROVEMENT_OVERDUE, 0);
        return ReminderEvent.forAgency(item.agencyId(), reminder.kind(), ReminderRules.dedupKey(reminder, item.id(),
                item.dueDate()), Map.of("agency", item.agencyName(), "title", item.title(), "due",
                        item.dueDate().toString()), "/agencies/" + item.agencyId() + "/improvement-plan");
    }
}
