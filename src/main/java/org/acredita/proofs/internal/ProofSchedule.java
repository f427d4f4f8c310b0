package org.acredita.proofs.internal;

import org.acredita.proofs.Proof;
import org.acredita.proofs.ProofSlot;
import org.acredita.proofs.SlotState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.acredita.standards.Frequency;

/**
 * The proofs a standard expects over the four-year cycle that starts on {@code cycleStart}: one per month,
 * quarter or half of each year, one per year, one per two-year window, or one in the whole cycle. Standards
 * proven "on event", and those that are not time-sensitive, expect no particular slot.
 */
public final class ProofSchedule {

    public static final int CYCLE_YEARS = 4;

    private final Frequency frequency;
    private final LocalDate cycleStart;

    public ProofSchedule(Frequency frequency, LocalDate cycleStart) {
        this.frequency = frequency;
        this.cycleStart = cycleStart;
    }

    public static List<CycleYear> years(LocalDate cycleStart) {
        List<CycleYear> years = new ArrayList<>();
        for (int year = 1; year <= CYCLE_YEARS; year++) {
            years.add(new CycleYear(year, cycleStart.plusYears(year - 1L), cycleStart.plusYears(year).minusDays(1)));
        }
        return years;
    }

    /** The cycle year a day falls in, or 0 when it is outside the cycle. */
    public static int yearOf(LocalDate cycleStart, LocalDate day) {
        return years(cycleStart).stream().filter(year -> year.contains(day)).mapToInt(CycleYear::year).findFirst()
                .orElse(0);
    }

    /** Periods a proof must name within a cycle year: 12, 4, 2; zero when proofs are by year or window. */
    public int periodsPerYear() {
        if (frequency == null) {
            return 0;
        }
        return switch (frequency) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case SEMI_ANNUAL -> 2;
            default -> 0;
        };
    }

    public boolean expectsSlots() {
        return frequency != null && frequency != Frequency.ON_EVENT;
    }

    /** The period of the cycle year that contains the day, or null when the day is outside that year. */
    public Integer periodOf(int year, LocalDate day) {
        int periods = periodsPerYear();
        if (periods == 0) {
            return null;
        }
        for (int period = 1; period <= periods; period++) {
            if (!day.isBefore(start(year, period)) && !day.isAfter(end(year, period))) {
                return period;
            }
        }
        return null;
    }

    /** Every expected slot with its state as of today, in time order; none for standards without slots. */
    public List<ProofSlot> slots(List<Proof> proofs, LocalDate today) {
        List<ProofSlot> slots = new ArrayList<>();
        if (!expectsSlots()) {
            return slots;
        }
        int periods = periodsPerYear();
        int window = switch (frequency) {
            case BIENNIAL -> 2;
            case ONCE_PER_CYCLE -> CYCLE_YEARS;
            default -> 1;
        };
        for (int year = 1; year <= CYCLE_YEARS; year += window) {
            if (periods == 0) {
                int last = year + window - 1;
                slots.add(slot(year, null, last, cycleStart.plusYears(year - 1L),
                        cycleStart.plusYears(last).minusDays(1), proofs, today));
                continue;
            }
            for (int period = 1; period <= periods; period++) {
                slots.add(slot(year, period, year, start(year, period), end(year, period), proofs, today));
            }
        }
        return slots;
    }

    private LocalDate start(int year, int period) {
        return cycleStart.plusYears(year - 1L).plusMonths((long) (period - 1) * (12 / periodsPerYear()));
    }

    private LocalDate end(int year, int period) {
        return cycleStart.plusYears(year - 1L).plusMonths((long) period * (12 / periodsPerYear())).minusDays(1);
    }

    private static ProofSlot slot(int year, Integer period, int lastYear, LocalDate from, LocalDate to,
            List<Proof> proofs, LocalDate today) {
        List<Proof> given = proofs.stream()
                .filter(proof -> proof.cycleYear() >= year && proof.cycleYear() <= lastYear)
                .filter(proof -> period == null || period.equals(proof.period()))
                .sorted(Comparator.comparing(Proof::documentDate)).toList();
        SlotState state;
        if (given.stream().anyMatch(proof -> !proof.documentDate().isAfter(to))) {
            state = SlotState.PROVEN;
        } else if (!given.isEmpty()) {
            state = SlotState.LATE;
        } else if (to.isBefore(today)) {
            state = SlotState.MISSING;
        } else if (from.isAfter(today)) {
            state = SlotState.UPCOMING;
        } else {
            state = SlotState.DUE;
        }
        return new ProofSlot(year, period, lastYear, from, to, state, given);
    }

    /** A proof dated after the end of the slot it is given for came late and may carry an explanation. */
    public boolean late(Proof proof) {
        if (!expectsSlots()) {
            return false;
        }
        return slots(List.of(proof), proof.documentDate()).stream()
                .anyMatch(slot -> slot.state() == SlotState.LATE);
    }
}
