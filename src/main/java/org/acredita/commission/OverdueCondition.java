package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;

/** A condition of an award still held that is past its due date and not lifted. */
public record OverdueCondition(UUID conditionId, UUID agencyId, String agencyName, UUID awardId, String text,
        LocalDate dueOn) {
}
