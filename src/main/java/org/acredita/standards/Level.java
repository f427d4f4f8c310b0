package org.acredita.standards;

/** Mandatory standards must all be met; other-than-mandatory ones count towards a programme's threshold. */
public enum Level {
    MANDATORY, OTHER
}
