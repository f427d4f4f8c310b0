package org.acredita.assessments;

import java.time.Instant;
import java.util.UUID;

/**
 * A verdict as recorded on a standard of an assessment's scope, or on one of its elements. The team note is for
 * the team only: whoever may not see the whole assessment never receives it.
 *
 * @param element the element's letter, null for the standard itself
 * @param supersededAt when a later verdict replaced it, null while it is the current one
 */
public record RecordedVerdict(UUID id, String number, String element, Verdict verdict, String reason,
        String commentToAgency, String teamNote, UUID reviewerId, String reviewerName, Instant recordedAt,
        Instant supersededAt) {

    public boolean onStandard() {
        return element == null;
    }
}
