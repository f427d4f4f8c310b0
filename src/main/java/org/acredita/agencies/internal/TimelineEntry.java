package org.acredita.agencies.internal;

import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One transition on an agency's timeline: who moved it, when, why, and the dates recorded with it.
 *
 * @param actorId null when the system moved it; {@code actorName} is the user name recorded at the time
 */
public record TimelineEntry(long id, AccreditationProgramme programme, Phase from, Phase to, Instant occurredAt,
        UUID actorId, String actorName, String reason, LocalDate recordedDate) {
}
