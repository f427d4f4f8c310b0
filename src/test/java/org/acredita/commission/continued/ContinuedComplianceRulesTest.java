package org.acredita.commission.continued;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rules of continued compliance on their own: due dates, the yearly review sample, the signature's hash. */
class ContinuedComplianceRulesTest {

    private static final LocalDate AWARDED = LocalDate.of(2025, 6, 14);

    @Test
    void aYearsReportIsDueThirtyDaysAfterTheAnniversaryAndOverdueTheDayAfterUnlessSigned() {
        assertThat(AnnualReportSchedule.anniversary(AWARDED, 1)).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(AnnualReportSchedule.dueOn(AWARDED, 1)).isEqualTo(LocalDate.of(2026, 7, 14));
        assertThat(AnnualReportSchedule.dueOn(AWARDED, 3)).isEqualTo(LocalDate.of(2028, 7, 14));
        assertThat(AnnualReportSchedule.overdue(AWARDED, 1, false, LocalDate.of(2026, 7, 14))).isFalse();
        assertThat(AnnualReportSchedule.overdue(AWARDED, 1, false, LocalDate.of(2026, 7, 15))).isTrue();
        assertThat(AnnualReportSchedule.overdue(AWARDED, 1, true, LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(AnnualReportSchedule.daysLeft(AWARDED, 1, LocalDate.of(2026, 7, 4))).isEqualTo(10);
    }

    @Test
    void aReportOpensSixtyDaysBeforeItsAnniversaryAndOnlyWhileTheAwardRuns() {
        LocalDate expires = AWARDED.plusYears(4);
        assertThat(AnnualReportSchedule.open(AWARDED, expires, 1, LocalDate.of(2026, 4, 14))).isFalse();
        assertThat(AnnualReportSchedule.open(AWARDED, expires, 1, LocalDate.of(2026, 4, 15))).isTrue();
        assertThat(AnnualReportSchedule.open(AWARDED, expires, 3, expires)).isFalse();
        assertThatThrownBy(() -> AnnualReportSchedule.dueOn(AWARDED, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayFallsInTheAwardYearCountedFromTheAward() {
        assertThat(AnnualReportSchedule.awardYear(AWARDED, AWARDED.minusDays(1))).isZero();
        assertThat(AnnualReportSchedule.awardYear(AWARDED, AWARDED)).isEqualTo(1);
        assertThat(AnnualReportSchedule.awardYear(AWARDED, LocalDate.of(2026, 6, 13))).isEqualTo(1);
        assertThat(AnnualReportSchedule.awardYear(AWARDED, LocalDate.of(2026, 6, 14))).isEqualTo(2);
        assertThat(AnnualReportSchedule.awardYear(AWARDED, LocalDate.of(2029, 6, 13))).isEqualTo(4);
    }

    @Test
    void theFourYearlySamplesTogetherCoverEveryApplicableStandardOnce() {
        for (int size : new int[] {0, 1, 3, 4, 7, 37, 460}) {
            List<String> applicable = IntStream.rangeClosed(1, size).mapToObj(i -> (i % 40 + 1) + "." + i).toList();
            Set<String> covered = new HashSet<>();
            List<Integer> perYear = new ArrayList<>();
            for (int year = 1; year <= ReviewSampling.REVIEW_YEARS; year++) {
                List<String> sample = ReviewSampling.sample(applicable, covered, year);
                assertThat(sample).as("nothing sampled twice").doesNotHaveDuplicates()
                        .noneMatch(covered::contains);
                covered.addAll(sample);
                perYear.add(sample.size());
            }
            assertThat(covered).as("%d standards", size).containsExactlyInAnyOrderElementsOf(applicable);
            assertThat(perYear.stream().mapToInt(Integer::intValue).max().orElse(0)
                    - perYear.stream().mapToInt(Integer::intValue).min().orElse(0))
                    .as("shares as even as the number allows: %s", perYear).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aYearsSampleSkipsWhatEarlierReviewsCoveredAndReachesAcrossTheManual() {
        List<String> applicable = List.of("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2");
        assertThat(ReviewSampling.sample(applicable, Set.of(), 1)).containsExactly("1.1", "3.1");
        assertThat(ReviewSampling.sample(applicable, Set.of("1.1", "3.1", "2.2"), 2)).containsExactly("1.2", "3.2");
        assertThat(ReviewSampling.sample(applicable, Set.of("1.1", "1.2", "2.1"), 4))
                .containsExactly("2.2", "3.1", "3.2", "4.1", "4.2");
    }

    @Test
    void theSignatureHashIsTheSha256OfTheSignedTextAndNoTwoReportsShareATextOrHash() {
        SignedText signed = SignedText.of(List.of("annual-status-report", "Policía de Colima", "1"));
        assertThat(signed.text()).isEqualTo("20:annual-status-report\n17:Policía de Colima\n1:1\n");
        assertThat(signed.sha256()).matches("[0-9a-f]{64}").isEqualTo(SignedText.sha256(signed.text()));
        assertThat(SignedText.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SignedText.of(List.of("a:b", "c")).sha256()).isNotEqualTo(SignedText.of(List.of("a", "b:c")).sha256());
        assertThat(SignedText.of(java.util.Arrays.asList("x", null)).text()).isEqualTo("1:x\n0:\n");
    }
}
