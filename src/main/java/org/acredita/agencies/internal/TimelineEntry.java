package org.acredita.agencies.internal;

import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import java.time.Instant;
import java.time.LocalDate;

/** One transition on an agency's timeline: who moved it, when, why, and the dates recorded with it. */
public record TimelineEntry(long id, AccreditationProgramme programme, Phase from, Phase to, Instant occurredAt,
        String actorName, String reason, LocalDate recordedDate) {
}
