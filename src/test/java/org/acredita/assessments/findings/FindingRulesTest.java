package org.acredita.assessments.findings;

import static org.acredita.assessments.Finding.State.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.Finding.Severity;
import org.acredita.assessments.Verdict;
import org.junit.jupiter.api.Test;

class FindingRulesTest {

    @Test
    void notInComplianceOpensAFindingAndReopensAWithdrawnOrCorrectedOneWithoutADuplicate() {
        assertThat(FindingRules.afterVerdict(null, Verdict.NOT_IN_COMPLIANCE, false)).contains(OPEN);
        assertThat(FindingRules.afterVerdict(WITHDRAWN, Verdict.NOT_IN_COMPLIANCE, false)).contains(OPEN);
        assertThat(FindingRules.afterVerdict(CORRECTED, Verdict.NOT_IN_COMPLIANCE, false)).contains(OPEN);
        assertThat(FindingRules.afterVerdict(OPEN, Verdict.NOT_IN_COMPLIANCE, false)).isEmpty();
        assertThat(FindingRules.afterVerdict(UNDER_REVIEW, Verdict.NOT_IN_COMPLIANCE, true)).isEmpty();
    }

    @Test
    void aCompliantVerdictWithdrawsAnOpenFindingOnlyBeforeTheFindingsGoToTheAgency() {
        assertThat(FindingRules.afterVerdict(OPEN, Verdict.IN_COMPLIANCE, false)).contains(WITHDRAWN);
        assertThat(FindingRules.afterVerdict(OPEN, Verdict.NOT_APPLICABLE, false)).contains(WITHDRAWN);
        assertThat(FindingRules.afterVerdict(OPEN, Verdict.IN_COMPLIANCE, true)).isEmpty();
        assertThat(FindingRules.afterVerdict(null, Verdict.IN_COMPLIANCE, false)).isEmpty();
    }

    @Test
    void correctedDuringTheAssessmentClosesAsCorrectedAndKeepsTheFinding() {
        assertThat(FindingRules.afterVerdict(null, Verdict.CORRECTED_DURING_ASSESSMENT, false)).contains(CORRECTED);
        assertThat(FindingRules.afterVerdict(OPEN, Verdict.CORRECTED_DURING_ASSESSMENT, false)).contains(CORRECTED);
        assertThat(FindingRules.afterVerdict(CLOSED, Verdict.CORRECTED_DURING_ASSESSMENT, true)).isEqualTo(Optional.empty());
    }

    @Test
    void aCorrectiveActionGoesFromProposedToReviewThenClosedOrBackToTheAgency() {
        assertThat(FindingRules.propose(OPEN)).isEqualTo(ACTION_PROPOSED);
        assertThat(FindingRules.propose(ACTION_PROPOSED)).isEqualTo(ACTION_PROPOSED);
        assertThat(FindingRules.submit(ACTION_PROPOSED)).isEqualTo(UNDER_REVIEW);
        assertThat(FindingRules.verify(UNDER_REVIEW)).isEqualTo(CLOSED);
        assertThat(FindingRules.giveBack(UNDER_REVIEW)).isEqualTo(RETURNED);
        assertThat(FindingRules.propose(RETURNED)).isEqualTo(ACTION_PROPOSED);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> FindingRules.propose(UNDER_REVIEW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> FindingRules.propose(CLOSED)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> FindingRules.propose(WITHDRAWN)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> FindingRules.submit(OPEN)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> FindingRules.verify(ACTION_PROPOSED)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> FindingRules.giveBack(CLOSED)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aMandatoryStandardsGapIsMajorByDefaultAnotherMinor() {
        assertThat(Severity.defaultFor("MANDATORY")).isEqualTo(Severity.MAJOR);
        assertThat(Severity.defaultFor("OTHER")).isEqualTo(Severity.MINOR);
        assertThat(Severity.defaultFor(null)).isEqualTo(Severity.MINOR);
    }
}
