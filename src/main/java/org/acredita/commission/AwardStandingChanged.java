package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published in the transaction that suspends, revokes, reinstates or lapses an award, so the agency is told at once.
 *
 * @param recordedBy null for a lapse (the system's sweep)
 */
public record AwardStandingChanged(UUID agencyId, UUID awardId, String agencyName, String certificateNumber,
        StandingChange change, LocalDate decidedOn, UUID recordedBy) {
}
