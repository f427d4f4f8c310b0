package org.acredita.selfassessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.standards.Applicability.Reason;
import org.acredita.standards.Level;
import org.acredita.standards.Text;

/**
 * A standard that applies to the agency, as its file holds it.
 *
 * @param reasons why it applies and at which level, as messages in the reader's language
 * @param request a not-applicable or waiver request waiting for the accreditation body, or null
 * @param waiverMonths how long the pending waiver asks for
 * @param waivedUntil the last day of an accepted waiver
 */
public record FileStandard(UUID fileId, UUID agencyId, String number, int chapter, Text title, Level level,
        List<Reason> reasons, StandardStatus status, UUID assigneeId, LocalDate dueDate, String notes,
        ExceptionRequest request, String requestReason, Integer waiverMonths, LocalDate waivedUntil) {

    public FileStandard {
        reasons = List.copyOf(reasons);
    }

    /** Kept from an earlier edition under a reserved number (chapter 999): read-only, not counted. */
    public boolean retired() {
        return chapter == 999;
    }

    /** Work still to do whose due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && (status == StandardStatus.NOT_STARTED
                || status == StandardStatus.IN_PROGRESS || status == StandardStatus.RETURNED);
    }

    /** A waiver counts only until its last day; afterwards the standard needs work again. */
    public boolean waiverExpiredOn(LocalDate today) {
        return status == StandardStatus.WAIVED && waivedUntil.isBefore(today);
    }

    FileStandard moved(StandardStatus next, ExceptionRequest nextRequest, String reason, Integer months,
            LocalDate until) {
        return new FileStandard(fileId, agencyId, number, chapter, title, level, reasons, next, assigneeId, dueDate,
                notes, nextRequest, reason, months, until);
    }

    FileStandard planned(UUID assignee, LocalDate due, String newNotes) {
        return new FileStandard(fileId, agencyId, number, chapter, title, level, reasons, status, assignee, due,
                newNotes, request, requestReason, waiverMonths, waivedUntil);
    }
}
