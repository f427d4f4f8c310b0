package org.acredita.selfassessment.internal;

import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.HistoryEntry;
import org.acredita.selfassessment.StandardAction;
import org.acredita.selfassessment.StandardComment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.identity.StaffMember;
import org.acredita.storage.StoredFile;
import org.acredita.standards.format.ManualDocument;

/**
 * One standard of a file as its page shows it: the manual's text, the thread, the history, what the reader
 * may do now (plan: keep notes; assign: also assignee and due date), and the people named.
 */
public record StandardDetail(AccreditationFile file, FileStandard standard, ManualDocument.Standard text,
        List<StandardComment> comments, List<HistoryEntry> history, List<StandardAction> actions, boolean mayPlan,
        boolean mayAssign, boolean mayComment, List<StaffMember> assignees, Map<UUID, StaffMember> people,
        List<StoredFile> waiverDocuments, boolean mayAddWaiverDocuments, LocalDate today) {

    public StandardDetail {
        comments = List.copyOf(comments);
        history = List.copyOf(history);
        actions = List.copyOf(actions);
        assignees = List.copyOf(assignees);
        people = Map.copyOf(people);
        waiverDocuments = List.copyOf(waiverDocuments);
    }

    public String nameOf(UUID userId, String fallback) {
        StaffMember person = userId == null ? null : people.get(userId);
        return person == null ? fallback : person.displayName();
    }
}
