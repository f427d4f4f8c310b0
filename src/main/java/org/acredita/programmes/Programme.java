package org.acredita.programmes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.acredita.agencies.AgencyKind;

/**
 * A funded programme. The partner organisations are optional so a programme can be recorded before
 * every partner has signed; goals say how many agencies of each kind it means to see accredited.
 */
public record Programme(UUID id, String name, String description, UUID funderId, UUID advisoryId,
        UUID accreditorId, LocalDate startsOn, LocalDate endsOn, BigDecimal budget, String currency,
        ProgrammeSettings settings, Map<AgencyKind, Integer> goals) {

    public Programme {
        goals = Map.copyOf(goals);
    }

    public int totalGoal() {
        return goals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many agencies of this kind the programme means to see accredited (none set: zero). */
    public int goalFor(AgencyKind kind) {
        return goals.getOrDefault(kind, 0);
    }
}
