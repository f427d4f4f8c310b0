package org.acredita.commission;

import java.util.UUID;

/**
 * A conflict of interest to declare: the commissioner (the caller when null), the agency, why, and a description
 * (required for {@link ConflictKind#OTHER}).
 */
public record NewConflict(UUID commissionerId, UUID agencyId, ConflictKind kind, String note) {
}
