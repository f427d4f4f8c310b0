package org.acredita.commission;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The annual status reports not yet signed and due in a range of days (the reminder sweep reads it as the system);
 * how many are overdue on a set of agencies (the dashboard); the signed ones waiting for the accreditation body
 * (its inbox).
 */
public interface AnnualReportDues {

    List<AnnualReportDue> unsignedDueBetween(LocalDate from, LocalDate to);

    /** Reports of active awards overdue on this day over these agencies, in one query. */
    long overdueOn(Collection<UUID> agencyIds, LocalDate today);

    /** Reports signed by the chief executive and not yet accepted or returned, of the agencies the caller reads. */
    List<AnnualReportDue> signedAwaitingDecision();
}
