package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A date an agency must meet in a programme.
 *
 * @param enrolmentId the enrolment the date belongs to (an agency may be in several programmes)
 */
public record Deadline(UUID enrolmentId, UUID agencyId, String agencyName, AccreditationProgramme programme,
        DeadlineKind kind, LocalDate due, Phase phase) {

    public boolean overdueOn(LocalDate today) {
        return due.isBefore(today);
    }
}
