package org.acredita.selfassessment;

import java.time.Instant;
import java.util.UUID;

/** A message in a standard's thread between the agency, its advisors and the reviewers. */
public record StandardComment(UUID id, Instant at, UUID authorId, String author, String body) {
}
