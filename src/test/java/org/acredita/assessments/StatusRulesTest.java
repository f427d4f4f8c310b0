package org.acredita.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acredita.access.RuleViolation;
import org.acredita.assessments.internal.StatusRules;
import org.junit.jupiter.api.Test;

class StatusRulesTest {

    @Test
    void anAssessmentMovesForwardOneStepAtATimeUntilClosed() {
        AssessmentStatus[] path = AssessmentStatus.values();
        for (AssessmentStatus from : path) {
            for (AssessmentStatus to : path) {
                assertThat(StatusRules.allows(from, to)).as(from + " → " + to)
                        .isEqualTo(to.ordinal() == from.ordinal() + 1);
            }
        }
        assertThat(StatusRules.next(AssessmentStatus.CLOSED)).isEmpty();
        assertThat(StatusRules.next(AssessmentStatus.PLANNED)).contains(AssessmentStatus.IN_PROGRESS);
    }

    @Test
    void goingBackSkippingOrNoStatusIsRefusedWithAMessage() {
        assertThatThrownBy(() -> StatusRules.require(AssessmentStatus.REPORT_RELEASED, AssessmentStatus.IN_PROGRESS))
                .isInstanceOf(RuleViolation.class).hasMessage("assessments.status.notNext");
        assertThatThrownBy(() -> StatusRules.require(AssessmentStatus.PLANNED, AssessmentStatus.CLOSED))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> StatusRules.require(AssessmentStatus.PLANNED, null)).isInstanceOf(RuleViolation.class);
    }
}
