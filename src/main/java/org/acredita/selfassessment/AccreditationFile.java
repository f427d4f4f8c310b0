package org.acredita.selfassessment;

import java.time.Instant;
import java.util.UUID;
import org.acredita.standards.AccreditationProgramme;

/**
 * An agency's self-assessment in one programme, pinned to the manual edition and tier it is assessed against.
 *
 * @param tier the edition's tier the agency seeks, or null when the edition has no tiers
 */
public record AccreditationFile(UUID id, UUID agencyId, AccreditationProgramme programme, UUID editionId, String tier,
        Instant createdAt) {
}
