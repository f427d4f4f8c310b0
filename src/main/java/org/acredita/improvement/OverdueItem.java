package org.acredita.improvement;

import java.time.LocalDate;
import java.util.UUID;

/** An action item still to be done whose due date has passed. */
public record OverdueItem(UUID id, UUID agencyId, String agencyName, String title, LocalDate dueDate) {
}
