package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;

/** An annual status report of a running award not yet signed, with its due date (for reminders). */
public record AnnualReportDue(UUID agencyId, String agencyName, UUID awardId, int year, LocalDate dueOn) {
}
