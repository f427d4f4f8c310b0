package org.acredita.dashboard.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A dated obligation of an agency the programme watches, with the days left (negative when overdue). */
public record ProgrammeDeadline(UUID agencyId, String agencyName, ProgrammeDeadlineKind kind, LocalDate due,
        long days) {

    public boolean overdue() {
        return days < 0;
    }
}
