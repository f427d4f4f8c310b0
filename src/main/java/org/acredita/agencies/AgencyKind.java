package org.acredita.agencies;

/** What kind of public-safety agency it is; emergency communications centres also say their type. */
public enum AgencyKind {
    LAW_ENFORCEMENT, COMMUNICATIONS_CENTRE, ACADEMY, CAMPUS_SECURITY;

    /** The accreditation programme written for this kind of agency. */
    public org.acredita.standards.AccreditationProgramme programme() {
        return switch (this) {
            case LAW_ENFORCEMENT -> org.acredita.standards.AccreditationProgramme.LAW_ENFORCEMENT;
            case COMMUNICATIONS_CENTRE -> org.acredita.standards.AccreditationProgramme.COMMUNICATIONS;
            case ACADEMY -> org.acredita.standards.AccreditationProgramme.TRAINING_ACADEMY;
            case CAMPUS_SECURITY -> org.acredita.standards.AccreditationProgramme.CAMPUS_SECURITY;
        };
    }

    public enum CentreType { C2, C4, C5, EMERGENCY_911 }
}
