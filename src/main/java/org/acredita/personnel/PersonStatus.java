package org.acredita.personnel;

/** Where a person of the roster stands: only active people are expected to acknowledge directives. */
public enum PersonStatus {
    ACTIVE,
    ON_LEAVE,
    SEPARATED
}
