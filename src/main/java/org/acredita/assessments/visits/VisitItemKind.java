package org.acredita.assessments.visits;

/** What the team does in one item of a site visit's schedule. */
public enum VisitItemKind {
    INTERVIEW, OBSERVATION, RIDE_ALONG, FACILITY_TOUR, PUBLIC_SESSION, OTHER
}
