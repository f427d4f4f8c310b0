package org.acredita.proofs.internal;

import org.acredita.proofs.Proof;
import org.acredita.proofs.ProofSlot;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.FileStandard;
import org.acredita.standards.Frequency;
import org.acredita.standards.Text;

/**
 * The proofs of one standard of a file as its page shows them: the four cycle years with their proofs, the
 * slots a time-sensitive standard expects, and what the reader may do.
 *
 * @param frequency     how often the standard must be proven, or null when it is not time-sensitive
 * @param whatToProve   the manual's words on what a time-sensitive proof shows, or null
 * @param currentYear   the cycle year today falls in (0 before or after the cycle)
 * @param removable     the proofs the reader may remove
 * @param explainable   the late proofs whose explanation the reader may write
 * @param documents     the library document each file proof shows, by proof id
 */
public record StandardProofs(AccreditationFile file, FileStandard standard, Frequency frequency, Text whatToProve,
        LocalDate cycleStart, List<YearProofs> years, List<ProofSlot> slots, int periodsPerYear, int currentYear,
        boolean mayAdd, Set<UUID> removable, Set<UUID> explainable, Set<UUID> late, LocalDate today,
        java.util.Map<UUID, UUID> documents) {

    public StandardProofs {
        years = List.copyOf(years);
        slots = List.copyOf(slots);
        removable = Set.copyOf(removable);
        explainable = Set.copyOf(explainable);
        late = Set.copyOf(late);
        documents = java.util.Map.copyOf(documents);
    }

    /** One cycle year and the proofs given for it. */
    public record YearProofs(CycleYear year, List<Proof> proofs, List<ProofSlot> slots) {

        public YearProofs {
            proofs = List.copyOf(proofs);
            slots = List.copyOf(slots);
        }

        public long missing() {
            return slots.stream().filter(slot -> slot.state().gap()).count();
        }
    }

    /** Whether the periods are months, so pages name them by their month rather than by number. */
    public boolean monthly() {
        return periodsPerYear == 12 && cycleStart != null;
    }

    /** The first day of a period of a cycle year (both counted from 1); cycle years and periods start on the cycle's day. */
    public LocalDate periodStart(int year, int period) {
        int monthsPerPeriod = 12 / Math.max(1, periodsPerYear);
        return cycleStart.plusYears(year - 1L).plusMonths((long) (period - 1) * monthsPerPeriod);
    }

    public int total() {
        return years.stream().mapToInt(year -> year.proofs().size()).sum();
    }

    public boolean isLate(Proof proof) {
        return late.contains(proof.id());
    }
}
