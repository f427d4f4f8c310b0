package org.acredita.commission;

import java.time.LocalDate;
import java.util.List;

/**
 * The annual status reports not yet signed and due in a range of days (the reminder sweep reads it as the system),
 * and the signed ones waiting for the accreditation body (its inbox).
 */
public interface AnnualReportDues {

    List<AnnualReportDue> unsignedDueBetween(LocalDate from, LocalDate to);

    /** Reports signed by the chief executive and not yet accepted or returned, of the agencies the caller reads. */
    List<AnnualReportDue> signedAwaitingDecision();
}
