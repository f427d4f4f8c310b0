package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Lifting a condition: when (today when null), the evidence in the programme manager's words, and optionally a
 * document of the agency's evidence library that shows it.
 */
public record ConditionLift(LocalDate liftedOn, String note, UUID evidenceDocumentId) {
}
