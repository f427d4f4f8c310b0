package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;

/** A condition of an accreditation with conditions, due by a date, open until the programme manager lifts it. */
public record Condition(UUID id, String text, LocalDate dueOn, LocalDate liftedOn) {
}
