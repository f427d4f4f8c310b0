package org.acredita.selfassessment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.acredita.standards.Text;

/**
 * A standard of an accreditation file with a date someone should hear about: an assignment due (open work
 * with an assignee and a due date) or an accepted waiver coming to its end.
 *
 * @param assigneeId who the work is assigned to; null for a waiver nobody was assigned
 * @param dueDate the assignment's due date; null when none
 * @param waivedUntil the last day of an accepted waiver; null unless the standard is waived
 */
public record DueStandard(UUID fileId, UUID agencyId, String agencyName, String number, Text title,
        StandardStatus status, UUID assigneeId, LocalDate dueDate, LocalDate waivedUntil) {

    /** Work still to do, as {@link FileStandard#overdueOn} counts it. */
    public static final Set<StandardStatus> OPEN = EnumSet.of(StandardStatus.NOT_STARTED, StandardStatus.IN_PROGRESS,
            StandardStatus.RETURNED);

    /** The standard's page in the file. */
    public String link() {
        return "/accreditation-files/" + fileId + "/standards/" + number;
    }

    /** The file and number, e.g. for naming the standard in a reminder's identity. */
    public String key() {
        return fileId + "/" + number;
    }
}
