package org.acredita.compliance.internal;

import java.util.UUID;

/**
 * The share of applicable other-than-mandatory standards a file needs in compliance, and where it comes
 * from: the agency's funded programme, or the default when the agency is in none.
 *
 * @param programmeId the programme whose setting applies, or null for the default
 */
public record PassThreshold(int percent, Source source, UUID programmeId, String programmeName) {

    public static final int DEFAULT_PERCENT = 80;

    /** Where a threshold comes from. */
    public enum Source {
        PROGRAMME, DEFAULT
    }

    public static PassThreshold byDefault() {
        return new PassThreshold(DEFAULT_PERCENT, Source.DEFAULT, null, null);
    }
}
