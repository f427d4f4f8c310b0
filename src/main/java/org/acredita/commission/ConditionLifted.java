package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;

/** Published in the lifting transaction, so the agency is told at once (notifications listen). */
public record ConditionLifted(UUID agencyId, UUID awardId, UUID conditionId, String agencyName, String text,
        LocalDate liftedOn, UUID liftedBy) {
}
