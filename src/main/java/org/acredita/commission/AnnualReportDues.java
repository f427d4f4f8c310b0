package org.acredita.commission;

import java.time.LocalDate;
import java.util.List;

/** The annual status reports not yet signed and due in a range of days (the reminder sweep reads it as the system). */
public interface AnnualReportDues {

    List<AnnualReportDue> unsignedDueBetween(LocalDate from, LocalDate to);
}
