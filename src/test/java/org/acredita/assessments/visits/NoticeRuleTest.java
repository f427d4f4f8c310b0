package org.acredita.assessments.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.acredita.access.RuleViolation;
import org.junit.jupiter.api.Test;

class NoticeRuleTest {

    private static final LocalDate ANNOUNCED = LocalDate.of(2026, 3, 1);

    @Test
    void aVisitStartingExactlyTheNoticeAfterTheAnnouncementIsAllowed() {
        assertThat(NoticeRule.respected(ANNOUNCED, ANNOUNCED.plusDays(60), 60)).isTrue();
        assertThat(NoticeRule.respected(ANNOUNCED, ANNOUNCED.plusDays(90), 60)).isTrue();
    }

    @Test
    void aVisitOneDayShortOfTheNoticeIsRefusedSayingHowManyDaysItWouldHave() {
        assertThat(NoticeRule.respected(ANNOUNCED, ANNOUNCED.plusDays(59), 60)).isFalse();
        assertThatThrownBy(() -> NoticeRule.require(ANNOUNCED, ANNOUNCED.plusDays(59), 60))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("visits.notice.tooShort");
                    assertThat(v.field()).isEqualTo("startsOn");
                    assertThat(v.arguments()).containsExactly(60, 59L);
                });
    }

    @Test
    void aVisitInThePastHasNoNoticeAtAll() {
        assertThatThrownBy(() -> NoticeRule.require(ANNOUNCED, ANNOUNCED.minusDays(3), 15))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.arguments()).containsExactly(15, 0L));
    }
}
