package org.acredita.improvement.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The fields of an item as asked for. On a change, a null field keeps the item's current value, so a
 * status change need not repeat the rest.
 */
public record ItemDraft(Category category, String title, String description, String owner, LocalDate dueDate,
        Priority priority, Status status, List<String> linkedStandards, LocalDate completedOn) {

    /** Only the status (and the completion date it may need). */
    public static ItemDraft statusOnly(Status status, LocalDate completedOn) {
        return new ItemDraft(null, null, null, null, null, null, status, null, completedOn);
    }
}
