package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import java.time.Instant;
import java.util.UUID;

/** Published after every transition, so other modules (self-assessment, assessments, commission) can react. */
public record PhaseChanged(UUID agencyId, UUID enrolmentId, AccreditationProgramme programme, Phase from, Phase to,
        Instant at) {
}
