package org.acredita.agencies;

/** What kind of public-safety agency it is; emergency communications centres also say their type. */
public enum AgencyKind {
    LAW_ENFORCEMENT, COMMUNICATIONS_CENTRE, ACADEMY, CAMPUS_SECURITY;

    public enum CentreType { C2, C4, C5, EMERGENCY_911 }
}
