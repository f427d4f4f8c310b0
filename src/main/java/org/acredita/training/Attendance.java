package org.acredita.training;

import java.math.BigDecimal;
import java.util.UUID;

/** One person's attendance at an event: one of the agency's users ({@code userId}) or a person typed in. */
public record Attendance(UUID id, UUID eventId, UUID agencyId, String agencyName, UUID userId, String fullName,
        String position, BigDecimal hours, long certificateNumber) {
}
