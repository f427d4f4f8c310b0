package org.acredita.directives.internal;

/** A version's life: drafted, approved by its signatory, in effect from a date, then superseded by a later one. */
public enum VersionStatus {
    DRAFT, APPROVED, IN_EFFECT, SUPERSEDED
}
