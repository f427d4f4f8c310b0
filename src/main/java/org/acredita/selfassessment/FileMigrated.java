package org.acredita.selfassessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A file moved to a new edition, published in the move's transaction so other modules carry what they keep per
 * standard: {@code sources} maps each standard of the new edition to the earlier standards it comes from, and
 * {@code merged} maps an earlier standard's current (reserved) number to the new standard that continues it,
 * for records to move there.
 */
public record FileMigrated(UUID fileId, UUID agencyId, UUID fromEditionId, UUID toEditionId,
        Map<String, List<String>> sources, Map<String, String> merged) {

    public FileMigrated {
        sources = Map.copyOf(sources);
        merged = Map.copyOf(merged);
    }
}
