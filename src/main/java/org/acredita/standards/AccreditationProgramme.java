package org.acredita.standards;

/** The accreditation programmes an agency can enrol in, with the default self-assessment time limit. */
public enum AccreditationProgramme {
    LAW_ENFORCEMENT(36), COMMUNICATIONS(24), TRAINING_ACADEMY(24), CAMPUS_SECURITY(24);

    private final int selfAssessmentMonths;

    AccreditationProgramme(int selfAssessmentMonths) {
        this.selfAssessmentMonths = selfAssessmentMonths;
    }

    /** Months from the signed agreement to the end of the self-assessment (a programme may change it later). */
    public int selfAssessmentMonths() {
        return selfAssessmentMonths;
    }
}
