package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import java.util.UUID;

/** An agency in lists: its name, its profile when recorded, and where its accreditation stands. */
public record AgencySummary(UUID id, String name, AgencyProfile profile, Phase phase, AccreditationProgramme programme) {
}
