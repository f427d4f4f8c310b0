package org.acredita.assessments.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.PublicComments;
import org.acredita.assessments.SiteVisits;
import org.acredita.assessments.comments.CommentChannel;
import org.acredita.assessments.comments.CommentDraft;
import org.acredita.assessments.visits.ItemDraft;
import org.acredita.assessments.visits.NoteKind;
import org.acredita.assessments.visits.SiteVisit;
import org.acredita.assessments.visits.VisitItemKind;
import org.acredita.identity.AgencyGate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A site-based assessment's visit page (days, schedule, calendar link, the team's notes) and its public comment
 * page (moderation, comments recorded by the team). Forms post and redirect back, refusals shown beside the field.
 */
@Controller
class SiteVisitPages {

    private final Assessments assessments;
    private final SiteVisits visits;
    private final PublicComments comments;
    private final AgencyGate gate;

    SiteVisitPages(Assessments assessments, SiteVisits visits, PublicComments comments, AgencyGate gate) {
        this.assessments = assessments;
        this.visits = visits;
        this.comments = comments;
        this.gate = gate;
    }

    @GetMapping("/assessments/{id}/visit")
    @Transactional(readOnly = true)
    public String visit(@PathVariable("id") UUID id, Model model) {
        model.addAttribute("view", view(id));
        return "assessments/visits/visit";
    }

    @GetMapping("/assessments/{id}/comments")
    @Transactional(readOnly = true)
    public String comments(@PathVariable("id") UUID id, Model model) {
        model.addAttribute("view", view(id));
        return "assessments/visits/comments";
    }

    @PostMapping("/assessments/{id}/visit")
    String schedule(@PathVariable("id") UUID id, HttpServletRequest request, RedirectAttributes flash) {
        return RefusalToPage.redirect("/assessments/" + id + "/visit", flash, "visits.scheduled",
                () -> visits.schedule(id,
                        FormFields.optional(request, "startsOn", LocalDate::parse, "visits.value.invalid"),
                        FormFields.optional(request, "endsOn", LocalDate::parse, "visits.value.invalid")));
    }

    @PostMapping("/assessments/{id}/visit/items")
    String addItem(@PathVariable("id") UUID id, HttpServletRequest request, RedirectAttributes flash) {
        return RefusalToPage.redirect("/assessments/" + id + "/visit", flash, "visits.item.added",
                () -> visits.addItem(id, draft(request)));
    }

    @PostMapping("/assessments/{id}/visit/items/{itemId}/remove")
    String removeItem(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId, RedirectAttributes flash) {
        return RefusalToPage.redirect("/assessments/" + id + "/visit", flash, "visits.item.removed",
                () -> visits.removeItem(id, itemId));
    }

    @PostMapping("/assessments/{id}/visit/notes")
    String addNote(@PathVariable("id") UUID id, HttpServletRequest request, RedirectAttributes flash) {
        return RefusalToPage.redirect("/assessments/" + id + "/visit", flash, "visits.note.added", () -> {
            String item = request.getParameter("itemId");
            visits.addNote(id, item == null || item.isBlank() ? null : uuid(item, "itemId"),
                    choice(NoteKind.values(), request.getParameter("kind")),
                    Arrays.asList(FormFields.typed(request, "standards").split("[,;\\s]+")),
                    request.getParameter("body"));
        });
    }

    @PostMapping("/assessments/{id}/comments")
    String record(@PathVariable("id") UUID id, HttpServletRequest request, RedirectAttributes flash) {
        return RefusalToPage.redirect("/assessments/" + id + "/comments", flash, "comments.recorded",
                () -> comments.record(id, choice(CommentChannel.values(), request.getParameter("channel")),
                        new CommentDraft(request.getParameter("body"), request.getParameter("name"),
                                request.getParameter("contact"), null)));
    }

    @PostMapping("/assessments/{id}/comments/{commentId}/accept")
    String accept(@PathVariable("id") UUID id, @PathVariable("commentId") UUID commentId, RedirectAttributes flash) {
        return RefusalToPage.redirect("/assessments/" + id + "/comments", flash, "comments.accepted",
                () -> comments.moderate(id, commentId, true, null));
    }

    @PostMapping("/assessments/{id}/comments/{commentId}/reject")
    String reject(@PathVariable("id") UUID id, @PathVariable("commentId") UUID commentId,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes flash) {
        return RefusalToPage.redirect("/assessments/" + id + "/comments", flash, "comments.rejected",
                () -> comments.moderate(id, commentId, false, reason));
    }

    private VisitView view(UUID id) {
        Assessment assessment = assessments.get(id);
        SiteVisit visit = visits.visit(id).orElse(null);
        boolean team = assessments.seesDetail(assessment);
        return new VisitView(gate.readable(assessment.agencyId()), assessment, visit, visits.items(id),
                team ? visits.notes(id) : List.of(), comments.of(id), visits.mayLead(assessment), team,
                visit != null && visit.over(java.time.Instant.now()));
    }

    private static ItemDraft draft(HttpServletRequest request) {
        List<UUID> team = new ArrayList<>();
        String[] members = request.getParameterValues("teamMembers");
        for (String member : members == null ? new String[0] : members) {
            team.add(uuid(member, "teamMembers"));
        }
        return new ItemDraft(choice(VisitItemKind.values(), request.getParameter("kind")),
                request.getParameter("title"), request.getParameter("place"),
                FormFields.optional(request, "startsAt", LocalDateTime::parse, "visits.value.invalid"),
                FormFields.optional(request, "endsAt", LocalDateTime::parse, "visits.value.invalid"), team,
                request.getParameter("agencyPeople"), request.getParameter("notes"));
    }

    private static <E extends Enum<E>> E choice(E[] values, String value) {
        return Arrays.stream(values).filter(v -> v.name().equals(value)).findFirst().orElse(null);
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw RuleViolation.onField(field, "visits.value.invalid");
        }
    }
}
