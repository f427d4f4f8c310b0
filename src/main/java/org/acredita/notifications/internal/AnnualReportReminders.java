package org.acredita.notifications.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acredita.commission.AnnualReportDue;
import org.acredita.commission.AnnualReportDues;
import org.acredita.notifications.internal.ReminderRules.Reminder;
import org.springframework.stereotype.Component;

/**
 * Annual status reports not signed: the people who should hear about the agency are reminded before the report is
 * due and once when it is overdue ({@link ReminderRules#forAnnualReport}).
 */
@Component
class AnnualReportReminders implements ReminderSource {

    private final AnnualReportDues dues;
    private final ReminderRules rules;

    AnnualReportReminders(AnnualReportDues dues, NotificationsProperties properties) {
        this.dues = dues;
        this.rules = ReminderRules.of(properties);
    }

    @Override
    public List<ReminderEvent> eventsOn(LocalDate today) {
        int ahead = ReminderRules.ANNUAL_REPORT_DAYS.stream().max(Integer::compare).orElse(0);
        return dues.unsignedDueBetween(today.minusDays(ReminderRules.ANNUAL_REPORT_OVERDUE_WITHIN),
                today.plusDays(ahead)).stream()
                .flatMap(due -> rules.forAnnualReport(due.dueOn(), today).map(r -> of(due, r)).stream())
                .toList();
    }

    private static ReminderEvent of(AnnualReportDue due, Reminder reminder) {
        return ReminderEvent.forAgency(due.agencyId(), reminder.kind(),
                ReminderRules.dedupKey(reminder, due.awardId() + ":" + due.year(), due.dueOn()),
                Map.of("agency", due.agencyName(), "due", due.dueOn().toString(), "days",
                        String.valueOf(reminder.days()), "title", String.valueOf(due.year())),
                "/agencies/" + due.agencyId() + "/annual-reports");
    }
}
