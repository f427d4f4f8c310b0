package org.acredita.assessments.visits;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A schedule item as typed: times are the agency's local time on the visit's days. */
public record ItemDraft(VisitItemKind kind, String title, String place, LocalDateTime startsAt, LocalDateTime endsAt,
        List<UUID> teamMembers, String agencyPeople, String notes) {

    public ItemDraft {
        teamMembers = teamMembers == null ? List.of() : List.copyOf(teamMembers);
    }
}
