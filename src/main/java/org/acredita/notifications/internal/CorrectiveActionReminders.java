package org.acredita.notifications.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Findings;
import org.acredita.notifications.internal.ReminderRules.Reminder;
import org.springframework.stereotype.Component;

/** Corrective actions past their due date and not verified, for the people who should hear about the agency. */
@Component
class CorrectiveActionReminders implements ReminderSource {

    private final Findings findings;

    CorrectiveActionReminders(Findings findings) {
        this.findings = findings;
    }

    @Override
    public List<ReminderEvent> eventsOn(LocalDate today) {
        return findings.overdue(today).stream().map(CorrectiveActionReminders::of).toList();
    }

    private static ReminderEvent of(Finding.Overdue overdue) {
        Reminder reminder = new Reminder(NotificationKind.CORRECTIVE_ACTION_OVERDUE, 0);
        return ReminderEvent.forAgency(overdue.agencyId(), reminder.kind(),
                ReminderRules.dedupKey(reminder, overdue.findingId(), overdue.dueDate()),
                Map.of("agency", overdue.agencyName(), "number", overdue.standardNumber(), "due",
                        overdue.dueDate().toString()),
                "/assessments/" + overdue.assessmentId() + "/findings/" + overdue.findingId());
    }
}
