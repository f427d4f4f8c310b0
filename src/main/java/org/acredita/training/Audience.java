package org.acredita.training;

/** Whom an event is meant for. */
public enum Audience {
    CHIEF_EXECUTIVES, ACCREDITATION_MANAGERS, STAFF, ASSESSORS
}
