package org.acredita.dashboard.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A dated obligation of an agency, with the days left (negative when overdue). */
public record Deadline(UUID agencyId, String agencyName, DeadlineKind kind, LocalDate due, long days) {

    public boolean overdue() {
        return days < 0;
    }
}
