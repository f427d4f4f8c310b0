package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One agency in a programme-wide summary: what it is, where, and where its current enrolment stands
 * with its dates. Kind and place are null until the profile is recorded; phase and dates until it enrols.
 */
public record AgencyStanding(UUID agencyId, String name, AgencyKind kind, String stateCode, String municipalityCode,
        Phase phase, AccreditationProgramme programme, LocalDate agreementDate, LocalDate selfAssessmentDeadline,
        LocalDate hearingDate, LocalDate awardDate, LocalDate awardExpires) {

    /** Still working towards the review: the self-assessment deadline is what it must meet. */
    public boolean awaitsSelfAssessmentDeadline() {
        return selfAssessmentDeadline != null && DeadlineKind.SELF_ASSESSMENT.bindsIn().contains(phase);
    }

    /** Holding an award that will expire unless reaccredited. */
    public boolean holdsAward() {
        return awardExpires != null && DeadlineKind.AWARD_EXPIRY.bindsIn().contains(phase);
    }
}
