package org.acredita.access;

/** The four kinds of party in a programme. */
public enum OrganisationKind {
    AGENCY, ADVISORY, ACCREDITOR, FUNDER
}
