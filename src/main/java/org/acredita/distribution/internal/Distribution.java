package org.acredita.distribution.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A distribution with its counts: everyone it reaches, who acknowledged, and who is past the due date without. */
public record Distribution(UUID id, UUID agencyId, String title, LocalDate dueOn, String chosen, Instant createdAt,
        Counts counts) {
}
