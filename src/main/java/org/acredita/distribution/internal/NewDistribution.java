package org.acredita.distribution.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a manager asks for: the versions to send, who receives them (everyone active in the chosen units, ranks or
 * positions, and the people named by id or employee number, all together) and the due date. The title is the
 * directives' own when none is given.
 */
public record NewDistribution(String title, LocalDate dueOn, List<UUID> versionIds, List<UUID> unitIds,
        List<UUID> rankIds, List<String> positions, List<UUID> personIds, List<String> employeeNumbers) {

    public NewDistribution {
        versionIds = orEmpty(versionIds);
        unitIds = orEmpty(unitIds);
        rankIds = orEmpty(rankIds);
        positions = orEmpty(positions).stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
        personIds = orEmpty(personIds);
        employeeNumbers = orEmpty(employeeNumbers).stream().filter(p -> p != null && !p.isBlank())
                .map(String::strip).toList();
    }

    boolean choosesNobody() {
        return unitIds.isEmpty() && rankIds.isEmpty() && positions.isEmpty() && personIds.isEmpty()
                && employeeNumbers.isEmpty();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
