package org.acredita.proofs.internal;

import java.time.LocalDate;

/** One year of the four-year cycle, by the agency's calendar: from its first to its last day. */
public record CycleYear(int year, LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
