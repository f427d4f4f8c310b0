package org.acredita.proofs;

import java.time.LocalDate;
import java.util.List;

/**
 * A proof a time-sensitive standard expects: in one period of a cycle year (a month, a quarter, a half), in a
 * whole year, or in a window of several years (biennial, once per cycle).
 *
 * @param period   the period within {@code year}, or null when the slot is a whole year or window
 * @param lastYear the last cycle year of a window (equal to {@code year} otherwise)
 * @param proofs   the proofs given for it, in document-date order
 */
public record ProofSlot(int year, Integer period, int lastYear, LocalDate from, LocalDate to, SlotState state,
        List<Proof> proofs) {

    public ProofSlot {
        proofs = List.copyOf(proofs);
    }
}
