package org.acredita.notifications.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.acredita.agencies.DeadlineKind;
import org.acredita.notifications.internal.NotificationKind;

/**
 * When a date deserves a reminder. Pure rules, tested on their own. Only the tightest threshold reached is
 * reminded: a deadline first seen 20 days ahead gets the 30-day reminder, not the 90-day one as well.
 */
public final class ReminderRules {

    /** A reminder due: its kind, and the threshold in days before the date (0 on the day or once overdue). */
    public record Reminder(NotificationKind kind, int days) {
    }

    /** Days before an annual status report is due that its reminders go out. */
    public static final List<Integer> ANNUAL_REPORT_DAYS = List.of(7, 30);
    /** Days after its due date an unsigned annual report is still reminded once. */
    public static final int ANNUAL_REPORT_OVERDUE_WITHIN = 60;

    private final List<Integer> selfAssessmentDays;
    private final List<Integer> awardExpiryDays;
    private final List<Integer> assignmentDays;
    private final List<Integer> waiverDays;

    public ReminderRules(List<Integer> selfAssessmentDays, List<Integer> awardExpiryDays) {
        this(selfAssessmentDays, awardExpiryDays, List.of(7), List.of(60, 30, 7));
    }

    public ReminderRules(List<Integer> selfAssessmentDays, List<Integer> awardExpiryDays,
            List<Integer> assignmentDays, List<Integer> waiverDays) {
        this.selfAssessmentDays = ahead(selfAssessmentDays);
        this.awardExpiryDays = ahead(awardExpiryDays);
        this.assignmentDays = ahead(assignmentDays);
        this.waiverDays = ahead(waiverDays);
    }

    static ReminderRules of(NotificationsProperties properties) {
        return new ReminderRules(properties.selfAssessmentDays(), properties.awardExpiryDays(),
                properties.assignmentDays(), properties.waiverDays());
    }

    /** The furthest ahead a programme deadline reminder looks, for the range to read. */
    public int horizonDays() {
        return furthest(selfAssessmentDays, awardExpiryDays);
    }

    /** The furthest ahead an assignment reminder looks. */
    public int assignmentHorizonDays() {
        return furthest(assignmentDays);
    }

    /** The furthest ahead a waiver reminder looks. */
    public int waiverHorizonDays() {
        return furthest(waiverDays);
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
        return tightest(thresholds, left, notice);
    }

    /**
     * An assigned standard still open: reminded some days before its due date (the tightest threshold reached),
     * on the day itself, and once overdue. Each is its own event, so the assignee hears of each milestone once.
     */
    public Optional<Reminder> forAssignment(LocalDate due, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, due);
        if (left < 0) {
            return Optional.of(new Reminder(NotificationKind.ASSIGNMENT_OVERDUE, 0));
        }
        if (left == 0) {
            return Optional.of(new Reminder(NotificationKind.ASSIGNMENT_DUE_TODAY, 0));
        }
        return tightest(assignmentDays, left, NotificationKind.ASSIGNMENT_DUE);
    }

    /**
     * An accepted waiver: reminded some days before its last day (the tightest threshold reached), and once
     * when it ends (on its last day, or on the first sweep after it if that day was missed).
     */
    public Optional<Reminder> forWaiver(LocalDate lastDay, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, lastDay);
        if (left <= 0) {
            return Optional.of(new Reminder(NotificationKind.WAIVER_EXPIRED, 0));
        }
        return tightest(waiverDays, left, NotificationKind.WAIVER_EXPIRING);
    }

    /**
     * An annual status report not yet signed: reminded {@link #ANNUAL_REPORT_DAYS} days before it is due (the tightest
     * threshold reached), and once when it is overdue, for {@link #ANNUAL_REPORT_OVERDUE_WITHIN} days after (so an
     * old unsigned report does not remind a new team).
     */
    public Optional<Reminder> forAnnualReport(LocalDate due, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, due);
        if (left < 0) {
            return -left <= ANNUAL_REPORT_OVERDUE_WITHIN
                    ? Optional.of(new Reminder(NotificationKind.ANNUAL_REPORT_OVERDUE, 0)) : Optional.empty();
        }
        return tightest(ANNUAL_REPORT_DAYS, left, NotificationKind.ANNUAL_REPORT_DUE);
    }

    /** The event's identity: the same key never reaches the same person twice. */
    public static String dedupKey(Reminder reminder, Object subject, LocalDate due) {
        String key = reminder.kind() + ":" + subject + ":" + due;
        return reminder.days() > 0 ? key + ":" + reminder.days() : key;
    }

    private static Optional<Reminder> tightest(List<Integer> thresholds, long left, NotificationKind kind) {
        return thresholds.stream().filter(days -> left <= days).findFirst().map(days -> new Reminder(kind, days));
    }

    private static List<Integer> ahead(List<Integer> days) {
        return days.stream().filter(d -> d > 0).sorted().distinct().toList();
    }

    @SafeVarargs
    private static int furthest(List<Integer>... lists) {
        return Stream.of(lists).flatMap(List::stream).max(Integer::compare).orElse(0);
    }
}
