package org.acredita.selfassessment;

import java.util.List;
import java.util.UUID;
import org.acredita.standards.AccreditationProgramme;

/**
 * An accreditation file as another Acredita instance kept it, to be restored whole for an agency here.
 *
 * @param tier the edition's tier, or null when the edition has no tiers
 */
public record RestoredFile(UUID agencyId, AccreditationProgramme programme, UUID editionId, String tier,
        List<RestoredStandard> standards) {

    public RestoredFile {
        standards = List.copyOf(standards);
    }
}
