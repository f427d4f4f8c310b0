package org.acredita.notifications.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acredita.commission.Awards;
import org.acredita.commission.OverdueCondition;
import org.acredita.notifications.internal.ReminderRules.Reminder;
import org.springframework.stereotype.Component;

/** The Commission's conditions past their due date and not lifted, for the people who should hear of the agency. */
@Component
class ConditionReminders implements ReminderSource {

    private final Awards awards;

    ConditionReminders(Awards awards) {
        this.awards = awards;
    }

    @Override
    public List<ReminderEvent> eventsOn(LocalDate today) {
        return awards.overdueConditions(today).stream().map(ConditionReminders::of).toList();
    }

    private static ReminderEvent of(OverdueCondition condition) {
        Reminder reminder = new Reminder(NotificationKind.CONDITION_OVERDUE, 0);
        return ReminderEvent.forAgency(condition.agencyId(), reminder.kind(),
                ReminderRules.dedupKey(reminder, condition.conditionId(), condition.dueOn()),
                Map.of("agency", condition.agencyName(), "title", excerpt(condition.text()), "due",
                        condition.dueOn().toString()),
                "/agencies/" + condition.agencyId() + "/commission");
    }

    static String excerpt(String text) {
        return text.length() > 200 ? text.substring(0, 199) + "…" : text;
    }
}
