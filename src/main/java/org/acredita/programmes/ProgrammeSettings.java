package org.acredita.programmes;

import org.acredita.standards.AccreditationProgramme;

/**
 * What a programme decides for its agencies: the self-assessment time limit per kind of
 * accreditation (months), the share of other-than-mandatory standards needed to pass (percent) and
 * how many days ahead the public is told of a site-based assessment.
 */
public record ProgrammeSettings(int monthsLawEnforcement, int monthsCommunications, int monthsTrainingAcademy,
        int monthsCampusSecurity, int passThreshold, int publicCommentNoticeDays) {

    public static final ProgrammeSettings DEFAULTS = new ProgrammeSettings(
            AccreditationProgramme.LAW_ENFORCEMENT.selfAssessmentMonths(), AccreditationProgramme.COMMUNICATIONS.selfAssessmentMonths(),
            AccreditationProgramme.TRAINING_ACADEMY.selfAssessmentMonths(), AccreditationProgramme.CAMPUS_SECURITY.selfAssessmentMonths(),
            80, 60);

    public int monthsFor(AccreditationProgramme kind) {
        return switch (kind) {
            case LAW_ENFORCEMENT -> monthsLawEnforcement;
            case COMMUNICATIONS -> monthsCommunications;
            case TRAINING_ACADEMY -> monthsTrainingAcademy;
            case CAMPUS_SECURITY -> monthsCampusSecurity;
        };
    }
}
