package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;

/** A decision of the Commission on an agency of a funded programme, with the award it granted (null when none). */
public record ProgrammeDecision(UUID decisionId, UUID agencyId, String agencyName, Outcome outcome,
        LocalDate decidedOn, Award award) {
}
