package org.acredita.selfassessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;

/** The file page's filters; null means any. "Overdue" is a status-like choice people ask for. */
public record ListFilter(StandardStatus status, boolean overdue, UUID assignee, Integer chapter) {

    static final String OVERDUE = "OVERDUE";

    static ListFilter parse(String status, String assignee, Integer chapter) {
        StandardStatus chosen = null;
        if (status != null && !status.isBlank() && !OVERDUE.equals(status)) {
            chosen = StandardStatus.valueOf(status);
        }
        UUID person = assignee == null || assignee.isBlank() ? null : UUID.fromString(assignee);
        return new ListFilter(chosen, OVERDUE.equals(status), person, chapter);
    }

    public boolean any() {
        return status != null || overdue || assignee != null || chapter != null;
    }

    public String statusValue() {
        return overdue ? OVERDUE : status == null ? "" : status.name();
    }

    List<FileStandard> apply(List<FileStandard> standards, LocalDate today) {
        return standards.stream()
                .filter(s -> status == null || s.status() == status)
                .filter(s -> !overdue || s.overdueOn(today))
                .filter(s -> assignee == null || assignee.equals(s.assigneeId()))
                .filter(s -> chapter == null || chapter == s.chapter())
                .toList();
    }
}
