package org.acredita.programmes;

import java.time.LocalDate;
import java.util.UUID;

/** A group of agencies that start the programme together. */
public record Cohort(UUID id, UUID programmeId, String name, LocalDate startsOn) {
}
