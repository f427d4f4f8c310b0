package org.acredita.assessments;

import java.util.UUID;

/**
 * Published, inside the recording transaction, each time a reviewer records or changes a verdict, so that
 * findings follow verdicts atomically.
 *
 * @param element the element's label (for example "a") when the verdict is on one element, null for the standard
 * @param previous the verdict it replaces, null for the first one
 * @param commentToAgency what the agency is told (what was missing), null when none
 */
public record VerdictRecorded(UUID assessmentId, UUID agencyId, String standardNumber, String element,
        Verdict verdict, Verdict previous, String commentToAgency, UUID reviewerId) {
}
