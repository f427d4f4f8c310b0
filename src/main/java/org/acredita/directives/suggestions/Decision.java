package org.acredita.directives.suggestions;

import java.time.Instant;
import java.util.List;

/** What a manager decided about a suggested standard for a section. */
public record Decision(String standardNumber, Kind kind, List<String> elements, Instant decidedAt) {

    public enum Kind {
        ACCEPTED, REJECTED
    }
}
