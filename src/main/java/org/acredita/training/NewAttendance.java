package org.acredita.training;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A person who attended: one of the agency's users ({@code userId}; the agency is theirs) or a person typed in
 * ({@code fullName}, {@code position} and the invited {@code agencyId}).
 */
public record NewAttendance(UUID userId, UUID agencyId, String fullName, String position, BigDecimal hours) {
}
