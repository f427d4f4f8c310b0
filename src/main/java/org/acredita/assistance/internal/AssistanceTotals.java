package org.acredita.assistance.internal;

import org.acredita.assistance.AssistanceTotal;
import java.time.LocalDate;
import java.util.List;

/** Totals over the sessions since {@code since} of the agencies the caller may see. */
public record AssistanceTotals(LocalDate since, List<AssistanceTotal> byAgency, List<AssistanceTotal> byAdvisor,
        List<AssistanceTotal> byMonth, List<AssistanceTotal> byProgramme) {

    public AssistanceTotals {
        byAgency = List.copyOf(byAgency);
        byAdvisor = List.copyOf(byAdvisor);
        byMonth = List.copyOf(byMonth);
        byProgramme = List.copyOf(byProgramme);
    }

    public long sessions() {
        return byAgency.stream().mapToLong(AssistanceTotal::sessions).sum();
    }

    public double hours() {
        return byAgency.stream().mapToLong(AssistanceTotal::minutes).sum() / 60.0;
    }
}
