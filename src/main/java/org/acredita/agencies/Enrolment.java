package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An agency in one accreditation programme: its phase and the dates the rules depend on.
 *
 * @param selfAssessmentDeadline agreement date plus the programme's months plus recorded extensions
 * @param awardExpires four years after the award date
 */
public record Enrolment(UUID id, UUID agencyId, AccreditationProgramme programme, Phase phase, LocalDate agreementDate,
        LocalDate selfAssessmentDeadline, int extensionMonths, LocalDate hearingDate, LocalDate awardDate,
        LocalDate awardExpires) {

    public static final int AWARD_YEARS = 4;
}
