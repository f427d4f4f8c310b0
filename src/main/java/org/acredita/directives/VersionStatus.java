package org.acredita.directives;

/** A version's life: drafted, approved by its signatory, in effect from a date, then superseded by a later one. */
public enum VersionStatus {
    DRAFT, APPROVED, IN_EFFECT, SUPERSEDED
}
