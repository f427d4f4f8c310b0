package org.acredita.commission;

import java.time.Instant;
import java.util.UUID;

/** A conflict of interest a commissioner declared with an agency. */
public record Conflict(UUID id, UUID commissionerId, String commissionerName, UUID agencyId, String agencyName,
        ConflictKind kind, String note, Instant declaredAt) {
}
