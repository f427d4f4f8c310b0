package org.acredita.assessments.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.TeamMember;
import org.acredita.assessments.comments.PublicComment;
import org.acredita.assessments.visits.SiteVisit;
import org.acredita.assessments.visits.VisitItem;
import org.acredita.assessments.visits.VisitNote;
import org.acredita.identity.Organisation;

/**
 * A site visit's page: the assessment and agency, the visit (null until scheduled), its items in the visit's
 * time zone, the team's notes (empty for readers who may not see them) and what the reader may do.
 */
public record VisitView(Organisation agency, Assessment assessment, SiteVisit visit, List<VisitItem> items,
        List<VisitNote> notes, List<PublicComment> comments, boolean mayLead, boolean team, boolean over) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public LocalDateTime local(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, visit.zone());
    }

    public String time(java.time.Instant instant) {
        return TIME.format(local(instant));
    }

    /** The value a datetime-local field shows. */
    public String field(java.time.Instant instant) {
        return local(instant).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    public String names(List<UUID> people) {
        Map<UUID, String> byId = assessment.team().stream()
                .collect(java.util.stream.Collectors.toMap(TeamMember::userId, TeamMember::displayName));
        return String.join(", ", people.stream().map(p -> byId.getOrDefault(p, "")).toList());
    }

    public long pending() {
        return comments.stream().filter(c -> c.state() == org.acredita.assessments.comments.CommentState.PENDING)
                .count();
    }
}
