package org.acredita.selfassessment;

import java.time.Instant;
import java.util.UUID;

/**
 * One change of a standard in a file: who, when, what and why.
 *
 * @param action a {@link StandardAction} name, or OPENED, PLANNED (assignee, due date, notes) or ASSIGNED (in bulk)
 * @param from the status before, null when the status did not change
 */
public record HistoryEntry(Instant at, UUID actorId, String actor, String action, StandardStatus from,
        StandardStatus to, String note) {
}
