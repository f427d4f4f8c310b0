package org.acredita.improvement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One action item of an agency's improvement plan. */
public record ImprovementItem(UUID id, UUID agencyId, Category category, String title, String description,
        String owner, LocalDate dueDate, Priority priority, Status status, List<String> linkedStandards,
        LocalDate completedOn) {

    public ImprovementItem {
        linkedStandards = List.copyOf(linkedStandards);
    }

    /** Still to be done and its due date has passed on the agency's calendar. */
    public boolean overdueOn(LocalDate today) {
        return !status.isClosed() && dueDate != null && dueDate.isBefore(today);
    }
}
