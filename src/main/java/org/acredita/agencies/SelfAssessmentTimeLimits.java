package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Where an agency's self-assessment time limit comes from when not the default of its
 * {@link AccreditationProgramme}: the funded programme it belongs to may set its own. Implemented by the
 * programmes module, so this module needs no knowledge of programmes.
 */
public interface SelfAssessmentTimeLimits {

    /** The months the agency's programme gives for this kind of accreditation, if it sets any. */
    OptionalInt monthsFor(UUID agencyId, AccreditationProgramme programme);
}
