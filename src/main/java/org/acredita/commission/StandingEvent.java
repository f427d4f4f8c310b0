package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;

/** One later decision on an award, or its lapse, as recorded. */
public record StandingEvent(UUID id, UUID awardId, StandingChange change, LocalDate decidedOn, String reason) {
}
