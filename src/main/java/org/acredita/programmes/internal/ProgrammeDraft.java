package org.acredita.programmes.internal;

import org.acredita.programmes.ProgrammeSettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.acredita.agencies.AgencyKind;

/** A programme as someone typed it, before the rules have checked it. */
public record ProgrammeDraft(String name, String description, UUID funderId, UUID advisoryId, UUID accreditorId,
        LocalDate startsOn, LocalDate endsOn, BigDecimal budget, String currency, ProgrammeSettings settings,
        Map<AgencyKind, Integer> goals) {
}
