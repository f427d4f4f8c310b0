package org.acredita.selfassessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.standards.Applicability.Reason;
import org.acredita.standards.Level;

/**
 * One standard of a {@link RestoredFile} with its workflow, thread and history as they were: comments and
 * history keep their original times and names; their people's ids are null when those people are not here.
 */
public record RestoredStandard(String number, Level level, List<Reason> reasons, StandardStatus status,
        UUID assigneeId, LocalDate dueDate, String notes, ExceptionRequest request, String requestReason,
        Integer waiverMonths, LocalDate waivedUntil, List<StandardComment> comments, List<HistoryEntry> history) {

    public RestoredStandard {
        reasons = List.copyOf(reasons);
        comments = List.copyOf(comments);
        history = List.copyOf(history);
    }
}
