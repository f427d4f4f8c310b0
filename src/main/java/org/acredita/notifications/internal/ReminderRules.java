package org.acredita.notifications.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.acredita.agencies.DeadlineKind;
import org.acredita.notifications.NotificationKind;

/**
 * When a date deserves a reminder. Pure rules, tested on their own. Only the tightest threshold reached is
 * reminded: a deadline first seen 20 days ahead gets the 30-day reminder, not the 90-day one as well.
 */
public final class ReminderRules {

    /** A reminder due: its kind, and the threshold in days before the date (0 once overdue). */
    public record Reminder(NotificationKind kind, int days) {
    }

    private final List<Integer> selfAssessmentDays;
    private final List<Integer> awardExpiryDays;

    public ReminderRules(List<Integer> selfAssessmentDays, List<Integer> awardExpiryDays) {
        this.selfAssessmentDays = selfAssessmentDays.stream().filter(d -> d > 0).sorted().toList();
        this.awardExpiryDays = awardExpiryDays.stream().filter(d -> d > 0).sorted().toList();
    }

    /** The furthest ahead any reminder looks, for the range to read. */
    public int horizonDays() {
        return java.util.stream.Stream.concat(selfAssessmentDays.stream(), awardExpiryDays.stream())
                .max(Integer::compare).orElse(0);
    }

    public Optional<Reminder> forDeadline(DeadlineKind kind, LocalDate due, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, due);
        if (left < 0) {
            // An expired award is the lifecycle's business (lapsed), not a reminder.
            return kind == DeadlineKind.SELF_ASSESSMENT
                    ? Optional.of(new Reminder(NotificationKind.SELF_ASSESSMENT_OVERDUE, 0)) : Optional.empty();
        }
        List<Integer> thresholds = kind == DeadlineKind.SELF_ASSESSMENT ? selfAssessmentDays : awardExpiryDays;
        NotificationKind notice = kind == DeadlineKind.SELF_ASSESSMENT ? NotificationKind.SELF_ASSESSMENT_DEADLINE
                : NotificationKind.AWARD_EXPIRY;
        return thresholds.stream().filter(days -> left <= days).findFirst().map(days -> new Reminder(notice, days));
    }

    /** The event's identity: the same key never reaches the same person twice. */
    public static String dedupKey(Reminder reminder, Object subject, LocalDate due) {
        String key = reminder.kind() + ":" + subject + ":" + due;
        return reminder.days() > 0 ? key + ":" + reminder.days() : key;
    }
}
