package org.acredita.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.acredita.agencies.DeadlineKind;
import org.acredita.notifications.internal.NotificationKind;
import org.acredita.notifications.internal.ReminderRules.Reminder;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final ReminderRules rules = new ReminderRules(List.of(90, 30, 7), List.of(180, 90, 30));

    private Reminder selfAssessment(int daysLeft) {
        return rules.forDeadline(DeadlineKind.SELF_ASSESSMENT, TODAY.plusDays(daysLeft), TODAY).orElse(null);
    }

    private Reminder award(int daysLeft) {
        return rules.forDeadline(DeadlineKind.AWARD_EXPIRY, TODAY.plusDays(daysLeft), TODAY).orElse(null);
    }

    @Test
    void remindsOfTheSelfAssessmentDeadlineAtNinetyThirtyAndSevenDaysAndOnceOverdue() {
        assertThat(selfAssessment(91)).isNull();
        assertThat(selfAssessment(90)).isEqualTo(new Reminder(NotificationKind.SELF_ASSESSMENT_DEADLINE, 90));
        assertThat(selfAssessment(31)).isEqualTo(new Reminder(NotificationKind.SELF_ASSESSMENT_DEADLINE, 90));
        assertThat(selfAssessment(30)).isEqualTo(new Reminder(NotificationKind.SELF_ASSESSMENT_DEADLINE, 30));
        assertThat(selfAssessment(7)).isEqualTo(new Reminder(NotificationKind.SELF_ASSESSMENT_DEADLINE, 7));
        assertThat(selfAssessment(0)).isEqualTo(new Reminder(NotificationKind.SELF_ASSESSMENT_DEADLINE, 7));
        assertThat(selfAssessment(-1)).isEqualTo(new Reminder(NotificationKind.SELF_ASSESSMENT_OVERDUE, 0));
    }

    @Test
    void remindsOfAnAwardExpiryAtOneHundredEightyNinetyAndThirtyDaysButNotAfterwards() {
        assertThat(award(181)).isNull();
        assertThat(award(180)).isEqualTo(new Reminder(NotificationKind.AWARD_EXPIRY, 180));
        assertThat(award(90)).isEqualTo(new Reminder(NotificationKind.AWARD_EXPIRY, 90));
        assertThat(award(1)).isEqualTo(new Reminder(NotificationKind.AWARD_EXPIRY, 30));
        assertThat(award(-1)).isNull();
        assertThat(rules.horizonDays()).isEqualTo(180);
    }

    @Test
    void aLateFirstSightingGetsOnlyTheTightestReminder() {
        assertThat(selfAssessment(20).days()).isEqualTo(30);
    }

    @Test
    void theEventKeyNamesKindSubjectDateAndThreshold() {
        Reminder thirty = new Reminder(NotificationKind.SELF_ASSESSMENT_DEADLINE, 30);
        Reminder overdue = new Reminder(NotificationKind.IMPROVEMENT_OVERDUE, 0);
        assertThat(ReminderRules.dedupKey(thirty, "e1", TODAY)).isEqualTo("SELF_ASSESSMENT_DEADLINE:e1:2026-11-28:30");
        assertThat(ReminderRules.dedupKey(overdue, "i1", TODAY)).isEqualTo("IMPROVEMENT_OVERDUE:i1:2026-11-28");
    }

    private Reminder assignment(int daysLeft) {
        return rules.forAssignment(TODAY.plusDays(daysLeft), TODAY).orElse(null);
    }

    private Reminder waiver(int daysLeft) {
        return rules.forWaiver(TODAY.plusDays(daysLeft), TODAY).orElse(null);
    }

    @Test
    void remindsOfAnAssignmentAWeekBeforeOnTheDayAndOnceOverdue() {
        assertThat(assignment(8)).isNull();
        assertThat(assignment(7)).isEqualTo(new Reminder(NotificationKind.ASSIGNMENT_DUE, 7));
        assertThat(assignment(1)).isEqualTo(new Reminder(NotificationKind.ASSIGNMENT_DUE, 7));
        assertThat(assignment(0)).isEqualTo(new Reminder(NotificationKind.ASSIGNMENT_DUE_TODAY, 0));
        assertThat(assignment(-1)).isEqualTo(new Reminder(NotificationKind.ASSIGNMENT_OVERDUE, 0));
        assertThat(assignment(-400)).isEqualTo(new Reminder(NotificationKind.ASSIGNMENT_OVERDUE, 0));
        assertThat(rules.assignmentHorizonDays()).isEqualTo(7);
    }

    @Test
    void eachAssignmentMilestoneIsItsOwnEventButRepeatsOfOneAreNot() {
        LocalDate due = TODAY.plusDays(7);
        String week = assignmentKey(due, TODAY);
        String later = assignmentKey(due, TODAY.plusDays(4));
        String onTheDay = assignmentKey(due, due);
        String overdue = assignmentKey(due, due.plusDays(1));
        String stillOverdue = assignmentKey(due, due.plusDays(30));
        assertThat(week).isEqualTo(later).isEqualTo("ASSIGNMENT_DUE:f/1.1.1:2026-12-05:7");
        assertThat(onTheDay).isEqualTo("ASSIGNMENT_DUE_TODAY:f/1.1.1:2026-12-05");
        assertThat(overdue).isEqualTo(stillOverdue).isEqualTo("ASSIGNMENT_OVERDUE:f/1.1.1:2026-12-05");
        // A new due date is a new event.
        assertThat(assignmentKey(due.minusDays(1), TODAY)).isNotEqualTo(week);
    }

    private String assignmentKey(LocalDate due, LocalDate today) {
        return ReminderRules.dedupKey(rules.forAssignment(due, today).orElseThrow(), "f/1.1.1", due);
    }

    @Test
    void remindsOfAWaiverSixtyThirtyAndSevenDaysBeforeAndWhenItEnds() {
        assertThat(waiver(61)).isNull();
        assertThat(waiver(60)).isEqualTo(new Reminder(NotificationKind.WAIVER_EXPIRING, 60));
        assertThat(waiver(31)).isEqualTo(new Reminder(NotificationKind.WAIVER_EXPIRING, 60));
        assertThat(waiver(30)).isEqualTo(new Reminder(NotificationKind.WAIVER_EXPIRING, 30));
        assertThat(waiver(8)).isEqualTo(new Reminder(NotificationKind.WAIVER_EXPIRING, 30));
        assertThat(waiver(7)).isEqualTo(new Reminder(NotificationKind.WAIVER_EXPIRING, 7));
        assertThat(waiver(1)).isEqualTo(new Reminder(NotificationKind.WAIVER_EXPIRING, 7));
        assertThat(waiver(0)).isEqualTo(new Reminder(NotificationKind.WAIVER_EXPIRED, 0));
        assertThat(waiver(-5)).isEqualTo(new Reminder(NotificationKind.WAIVER_EXPIRED, 0));
        // Ended on its last day or noticed later: one event.
        assertThat(ReminderRules.dedupKey(waiver(0), "f/2.1.1", TODAY))
                .isEqualTo(ReminderRules.dedupKey(rules.forWaiver(TODAY, TODAY.plusDays(3)).orElseThrow(), "f/2.1.1",
                        TODAY)).isEqualTo("WAIVER_EXPIRED:f/2.1.1:2026-11-28");
        assertThat(rules.waiverHorizonDays()).isEqualTo(60);
    }

    @Test
    void assignmentAndWaiverThresholdsComeFromConfiguration() {
        ReminderRules custom = new ReminderRules(List.of(90), List.of(180), List.of(1, 14, 0), List.of(15, 90));
        assertThat(custom.forAssignment(TODAY.plusDays(10), TODAY)).contains(
                new Reminder(NotificationKind.ASSIGNMENT_DUE, 14));
        assertThat(custom.forAssignment(TODAY.plusDays(1), TODAY)).contains(
                new Reminder(NotificationKind.ASSIGNMENT_DUE, 1));
        assertThat(custom.forWaiver(TODAY.plusDays(16), TODAY)).contains(
                new Reminder(NotificationKind.WAIVER_EXPIRING, 90));
        assertThat(custom.forWaiver(TODAY.plusDays(91), TODAY)).isEmpty();
    }

    @Test
    void thresholdsComeFromConfigurationInAnyOrder() {
        ReminderRules custom = new ReminderRules(List.of(14, 60), List.of(365));
        assertThat(custom.forDeadline(DeadlineKind.SELF_ASSESSMENT, TODAY.plusDays(10), TODAY))
                .contains(new Reminder(NotificationKind.SELF_ASSESSMENT_DEADLINE, 14));
        assertThat(custom.horizonDays()).isEqualTo(365);
    }

    @Test
    void remindsOfAnUnsignedAnnualReportThirtyAndSevenDaysBeforeItIsDueAndOnceOverdueForSixtyDays() {
        assertThat(rules.forAnnualReport(TODAY.plusDays(31), TODAY)).isEmpty();
        assertThat(rules.forAnnualReport(TODAY.plusDays(30), TODAY))
                .contains(new Reminder(NotificationKind.ANNUAL_REPORT_DUE, 30));
        assertThat(rules.forAnnualReport(TODAY.plusDays(8), TODAY))
                .contains(new Reminder(NotificationKind.ANNUAL_REPORT_DUE, 30));
        assertThat(rules.forAnnualReport(TODAY, TODAY)).contains(new Reminder(NotificationKind.ANNUAL_REPORT_DUE, 7));
        assertThat(rules.forAnnualReport(TODAY.minusDays(1), TODAY))
                .contains(new Reminder(NotificationKind.ANNUAL_REPORT_OVERDUE, 0));
        assertThat(rules.forAnnualReport(TODAY.minusDays(60), TODAY))
                .contains(new Reminder(NotificationKind.ANNUAL_REPORT_OVERDUE, 0));
        assertThat(rules.forAnnualReport(TODAY.minusDays(61), TODAY)).as("an old gap reminds nobody").isEmpty();
    }
}
