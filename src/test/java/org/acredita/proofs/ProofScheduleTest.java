package org.acredita.proofs;

import org.acredita.proofs.internal.CycleYear;
import org.acredita.proofs.internal.ProofSchedule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.standards.Frequency;
import org.junit.jupiter.api.Test;

class ProofScheduleTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private static Proof proof(int year, Integer period, LocalDate documentDate) {
        return new Proof(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "1.2.3", ProofKind.NOTE, "Informe",
                null, null, null, null, "nota", null, documentDate, year, period, null, false, null, "prueba",
                Instant.now());
    }

    @Test
    void quarterlySlotsAreProvenMissingDueOrUpcomingAsOfToday() {
        ProofSchedule schedule = new ProofSchedule(Frequency.QUARTERLY, START);
        List<ProofSlot> slots = schedule.slots(List.of(proof(1, 1, LocalDate.of(2025, 2, 10))),
                LocalDate.of(2025, 8, 15));
        assertThat(slots).hasSize(16);
        assertThat(slots.subList(0, 5)).extracting(ProofSlot::state).containsExactly(SlotState.PROVEN,
                SlotState.MISSING, SlotState.DUE, SlotState.UPCOMING, SlotState.UPCOMING);
        assertThat(slots.get(1).from()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(slots.get(1).to()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(slots.get(15).to()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void aProofDatedAfterItsPeriodIsLate() {
        ProofSchedule schedule = new ProofSchedule(Frequency.QUARTERLY, START);
        Proof late = proof(1, 2, LocalDate.of(2025, 7, 10));
        assertThat(schedule.slots(List.of(late), LocalDate.of(2025, 8, 15)).get(1).state()).isEqualTo(SlotState.LATE);
        assertThat(schedule.late(late)).isTrue();
        assertThat(schedule.late(proof(1, 3, LocalDate.of(2025, 7, 10)))).isFalse();
        // One proof in time settles the slot even next to a late one.
        assertThat(schedule.slots(List.of(late, proof(1, 2, LocalDate.of(2025, 6, 30))), LocalDate.of(2025, 8, 15))
                .get(1).state()).isEqualTo(SlotState.PROVEN);
    }

    @Test
    void periodsFollowTheDocumentDateWithinTheCycleYear() {
        ProofSchedule monthly = new ProofSchedule(Frequency.MONTHLY, LocalDate.of(2025, 3, 15));
        assertThat(monthly.periodsPerYear()).isEqualTo(12);
        assertThat(monthly.periodOf(1, LocalDate.of(2025, 3, 15))).isEqualTo(1);
        assertThat(monthly.periodOf(1, LocalDate.of(2025, 4, 14))).isEqualTo(1);
        assertThat(monthly.periodOf(1, LocalDate.of(2025, 4, 15))).isEqualTo(2);
        assertThat(monthly.periodOf(2, LocalDate.of(2026, 3, 14))).isNull();
        assertThat(new ProofSchedule(Frequency.SEMI_ANNUAL, START).periodOf(3, LocalDate.of(2027, 9, 1))).isEqualTo(2);
        assertThat(new ProofSchedule(Frequency.ANNUAL, START).periodOf(1, LocalDate.of(2025, 9, 1))).isNull();
    }

    @Test
    void yearlyBiennialAndOncePerCycleStandardsExpectOneProofPerWindow() {
        LocalDate today = LocalDate.of(2027, 2, 1);
        assertThat(new ProofSchedule(Frequency.ANNUAL, START).slots(List.of(), today)).extracting(ProofSlot::state)
                .containsExactly(SlotState.MISSING, SlotState.MISSING, SlotState.DUE, SlotState.UPCOMING);
        List<ProofSlot> biennial = new ProofSchedule(Frequency.BIENNIAL, START)
                .slots(List.of(proof(2, null, LocalDate.of(2026, 5, 1))), today);
        assertThat(biennial).extracting(ProofSlot::year, ProofSlot::lastYear, ProofSlot::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 2, SlotState.PROVEN),
                org.assertj.core.groups.Tuple.tuple(3, 4, SlotState.DUE));
        List<ProofSlot> once = new ProofSchedule(Frequency.ONCE_PER_CYCLE, START).slots(List.of(), today);
        assertThat(once).singleElement().satisfies(slot -> {
            assertThat(slot.to()).isEqualTo(LocalDate.of(2028, 12, 31));
            assertThat(slot.state()).isEqualTo(SlotState.DUE);
        });
    }

    @Test
    void standardsProvenOnEventOrNotTimeSensitiveExpectNoSlots() {
        assertThat(new ProofSchedule(Frequency.ON_EVENT, START).slots(List.of(), LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(new ProofSchedule(null, START).slots(List.of(), LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(new ProofSchedule(null, START).late(proof(1, null, LocalDate.of(2030, 1, 1)))).isFalse();
    }

    @Test
    void cycleYearsAreFourConsecutiveYearsFromTheStart() {
        assertThat(ProofSchedule.years(LocalDate.of(2024, 2, 29))).extracting(CycleYear::from).containsExactly(
                LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28), LocalDate.of(2026, 2, 28),
                LocalDate.of(2027, 2, 28));
        assertThat(ProofSchedule.yearOf(START, LocalDate.of(2026, 12, 31))).isEqualTo(2);
        assertThat(ProofSchedule.yearOf(START, LocalDate.of(2029, 1, 1))).isZero();
        assertThat(ProofSchedule.yearOf(START, LocalDate.of(2024, 12, 31))).isZero();
    }
}
