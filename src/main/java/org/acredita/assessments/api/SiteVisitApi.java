package org.acredita.assessments.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.PublicComments;
import org.acredita.assessments.SiteVisits;
import org.acredita.assessments.comments.CommentChannel;
import org.acredita.assessments.comments.CommentDraft;
import org.acredita.assessments.comments.PublicComment;
import org.acredita.assessments.visits.ItemDraft;
import org.acredita.assessments.visits.NoteKind;
import org.acredita.assessments.visits.ScheduleCalendar;
import org.acredita.assessments.visits.SiteVisit;
import org.acredita.assessments.visits.VisitItem;
import org.acredita.assessments.visits.VisitItemKind;
import org.acredita.assessments.visits.VisitNote;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A site-based assessment's visit: its days, schedule and calendar file (the team, programme staff, the agency),
 * the team's notes and the public comments (programme staff and the team; the agency the accepted ones after the
 * visit). Whoever may not know of the assessment gets 404.
 */
@RestController
@Tag(name = "Site visits", description = "Visitas en sitio y comentario público / Site visits and public comment")
class SiteVisitApi {

    record Visit(UUID id, LocalDate startsOn, LocalDate endsOn, String timeZone, int noticeDays,
            Instant commentsOpenAt, Instant commentsCloseAt, List<VisitItem> items) {
    }

    record DaysRequest(LocalDate startsOn, LocalDate endsOn) {
    }

    record ItemRequest(VisitItemKind kind, String title, String place, LocalDateTime startsAt, LocalDateTime endsAt,
            List<UUID> teamMembers, String agencyPeople, String notes) {

        ItemDraft draft() {
            return new ItemDraft(kind, title, place, startsAt, endsAt, teamMembers, agencyPeople, notes);
        }
    }

    record NoteRequest(UUID itemId, NoteKind kind, List<String> standards, String body) {
    }

    record RecordedComment(CommentChannel channel, String name, String contact, String body) {
    }

    record Moderation(Boolean accept, String reason) {
    }

    private final SiteVisits visits;
    private final PublicComments comments;
    private final Assessments assessments;
    private final MessageSource messages;

    SiteVisitApi(SiteVisits visits, PublicComments comments, Assessments assessments, MessageSource messages) {
        this.visits = visits;
        this.comments = comments;
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/api/v1/assessments/{id}/site-visit")
    @Operation(summary = "The visit's days (agency time zone), the public comment period and the schedule; 404 "
            + "until the visit is scheduled")
    Visit visit(@PathVariable("id") UUID id) {
        return view(visits.visit(id).orElseThrow(org.acredita.access.NotFoundException::new), visits.items(id));
    }

    @PutMapping("/api/v1/assessments/{id}/site-visit")
    @Operation(summary = "Schedule the visit or move its days (team leader, programme staff): inside the "
            + "assessment's window and at least the programme's public-comment notice (default 60 days) after the "
            + "announcement, which opens the public comment period; refused with 400 otherwise, nothing stored")
    Visit schedule(@PathVariable("id") UUID id, @RequestBody DaysRequest request) {
        SiteVisit visit = visits.schedule(id, request.startsOn(), request.endsOn());
        return view(visit, visits.items(id));
    }

    @PostMapping("/api/v1/assessments/{id}/site-visit/items")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a schedule item: kind (INTERVIEW, OBSERVATION, RIDE_ALONG, FACILITY_TOUR, "
            + "PUBLIC_SESSION, OTHER), title, place, local start and end on the visit's days, team members, the "
            + "agency's people as typed, notes")
    VisitItem addItem(@PathVariable("id") UUID id, @RequestBody ItemRequest request) {
        return visits.addItem(id, request.draft());
    }

    @PutMapping("/api/v1/assessments/{id}/site-visit/items/{itemId}")
    @Operation(summary = "Change a schedule item")
    VisitItem updateItem(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId,
            @RequestBody ItemRequest request) {
        return visits.updateItem(id, itemId, request.draft());
    }

    @DeleteMapping("/api/v1/assessments/{id}/site-visit/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a schedule item")
    void removeItem(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId) {
        visits.removeItem(id, itemId);
    }

    @GetMapping("/api/v1/assessments/{id}/schedule.ics")
    @Operation(summary = "The schedule as an iCalendar file (RFC 5545) in the agency's time zone, for the team and "
            + "the agency")
    ResponseEntity<String> calendar(@PathVariable("id") UUID id, Locale locale) {
        Assessment assessment = assessments.get(id);
        String body = visits.calendar(id, words(assessment, locale));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"visita-" + id + ".ics\"")
                .body(body);
    }

    @GetMapping("/api/v1/assessments/{id}/site-visit/notes")
    @Operation(summary = "The team's interview and observation notes with their standards (programme staff, team)")
    List<VisitNote> notes(@PathVariable("id") UUID id) {
        return visits.notes(id);
    }

    @PostMapping("/api/v1/assessments/{id}/site-visit/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note (INTERVIEW or OBSERVATION) linked to standards of the scope by number; a "
            + "number outside the scope is refused with 400")
    VisitNote addNote(@PathVariable("id") UUID id, @RequestBody NoteRequest request) {
        return visits.addNote(id, request.itemId(), request.kind(), request.standards(), request.body());
    }

    @GetMapping("/api/v1/assessments/{id}/public-comments")
    @Operation(summary = "Public comments: all of them for programme staff and the team; the accepted ones for "
            + "the agency and its advisors once the visit is over")
    List<PublicComment> comments(@PathVariable("id") UUID id) {
        return comments.of(id);
    }

    @PostMapping("/api/v1/assessments/{id}/public-comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a comment heard at the public session (PUBLIC_SESSION) or by telephone "
            + "(TELEPHONE); it is moderated like the others")
    PublicComment record(@PathVariable("id") UUID id, @RequestBody RecordedComment request) {
        return comments.record(id, request.channel(),
                new CommentDraft(request.body(), request.name(), request.contact(), null));
    }

    @PostMapping("/api/v1/assessments/{id}/public-comments/{commentId}/moderation")
    @Operation(summary = "Accept a pending comment ({accept: true}) or reject it with a reason ({accept: false, "
            + "reason}); programme staff and the team leader")
    PublicComment moderate(@PathVariable("id") UUID id, @PathVariable("commentId") UUID commentId,
            @RequestBody Moderation request) {
        return comments.moderate(id, commentId, Boolean.TRUE.equals(request.accept()), request.reason());
    }

    private ScheduleCalendar.Words words(Assessment assessment, Locale locale) {
        java.util.Map<UUID, String> names = new java.util.HashMap<>();
        assessment.team().forEach(m -> names.put(m.userId(), m.displayName()));
        return new ScheduleCalendar.Words(messages.getMessage("visits.calendar.name", null, locale),
                kind -> messages.getMessage("visits.kind." + kind.name(), null, locale),
                userId -> names.getOrDefault(userId, ""), messages.getMessage("visits.item.team", null, locale),
                messages.getMessage("visits.item.agencyPeople", null, locale));
    }

    private static Visit view(SiteVisit v, List<VisitItem> items) {
        return new Visit(v.id(), v.startsOn(), v.endsOn(), v.zone().getId(), v.noticeDays(), v.commentsOpenAt(),
                v.commentsCloseAt(), items);
    }
}
