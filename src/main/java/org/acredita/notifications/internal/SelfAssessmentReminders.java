package org.acredita.notifications.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acredita.notifications.internal.ReminderRules.Reminder;
import org.acredita.selfassessment.DueStandard;
import org.acredita.selfassessment.DueWork;
import org.springframework.stereotype.Component;

/**
 * The self-assessment workspace's dates: an assigned standard's due date, for its assignee only (some days
 * before, on the day, once overdue), and an accepted waiver's last day, for the people who should hear about
 * the agency (some days before, and when it ends).
 */
@Component
class SelfAssessmentReminders implements ReminderSource {

    private final DueWork work;
    private final ReminderRules rules;

    SelfAssessmentReminders(DueWork work, NotificationsProperties properties) {
        this.work = work;
        this.rules = ReminderRules.of(properties);
    }

    @Override
    public List<ReminderEvent> eventsOn(LocalDate today) {
        List<ReminderEvent> events = new ArrayList<>();
        for (DueStandard standard : work.assignmentsDueBy(today.plusDays(rules.assignmentHorizonDays()))) {
            rules.forAssignment(standard.dueDate(), today).ifPresent(reminder -> events.add(ReminderEvent.forPerson(
                    standard.agencyId(), standard.assigneeId(), reminder.kind(),
                    ReminderRules.dedupKey(reminder, standard.key(), standard.dueDate()),
                    parameters(standard, standard.dueDate(), reminder), standard.link())));
        }
        for (DueStandard standard : work.waiversEndingBy(today.plusDays(rules.waiverHorizonDays()))) {
            rules.forWaiver(standard.waivedUntil(), today).ifPresent(reminder -> events.add(ReminderEvent.forAgency(
                    standard.agencyId(), reminder.kind(),
                    ReminderRules.dedupKey(reminder, standard.key(), standard.waivedUntil()),
                    parameters(standard, standard.waivedUntil(), reminder), standard.link())));
        }
        return events;
    }

    /** Agency, standard (number and both titles, so either language can name it), date and days before. */
    static Map<String, String> parameters(DueStandard standard, LocalDate date, Reminder reminder) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("agency", standard.agencyName());
        parameters.put("number", standard.number());
        if (standard.title() != null && standard.title().es() != null) {
            parameters.put("standard_es", standard.title().es());
        }
        if (standard.title() != null && standard.title().en() != null) {
            parameters.put("standard_en", standard.title().en());
        }
        parameters.put("due", date.toString());
        parameters.put("days", String.valueOf(reminder.days()));
        return parameters;
    }
}
