package org.acredita.assessments.visits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One item of a visit's schedule.
 *
 * @param teamMembers the team members taking part (users on the assessment's team)
 * @param agencyPeople the agency's people taking part, as typed (names and posts)
 */
public record VisitItem(UUID id, VisitItemKind kind, String title, String place, Instant startsAt, Instant endsAt,
        List<UUID> teamMembers, String agencyPeople, String notes) {

    public VisitItem {
        teamMembers = List.copyOf(teamMembers);
    }
}
