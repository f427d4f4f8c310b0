package org.acredita.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.acredita.agencies.DeadlineKind;
import org.acredita.notifications.NotificationKind;
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

    @Test
    void thresholdsComeFromConfigurationInAnyOrder() {
        ReminderRules custom = new ReminderRules(List.of(14, 60), List.of(365));
        assertThat(custom.forDeadline(DeadlineKind.SELF_ASSESSMENT, TODAY.plusDays(10), TODAY))
                .contains(new Reminder(NotificationKind.SELF_ASSESSMENT_DEADLINE, 14));
        assertThat(custom.horizonDays()).isEqualTo(365);
    }
}
