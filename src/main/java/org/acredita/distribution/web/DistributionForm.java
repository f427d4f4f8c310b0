package org.acredita.distribution.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.acredita.distribution.internal.NewDistribution;

/** The creation form's fields: lists arrive as repeated fields; positions and employee numbers as typed lines. */
public record DistributionForm(String title, LocalDate dueOn, List<UUID> versionIds, List<UUID> unitIds,
        List<UUID> rankIds, String positions, String employeeNumbers) {

    static DistributionForm empty() {
        return new DistributionForm(null, null, List.of(), List.of(), List.of(), null, null);
    }

    NewDistribution request() {
        return new NewDistribution(title, dueOn, versionIds, unitIds, rankIds, lines(positions), List.of(),
                lines(employeeNumbers));
    }

    /** Whether the page ticks this box again after a refusal. */
    public boolean has(List<UUID> chosen, UUID id) {
        return chosen != null && chosen.contains(id);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n,;]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
