package org.acredita.commission.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.commission.ConflictKind;
import org.acredita.commission.Conflicts;
import org.acredita.commission.DocketReason;
import org.acredita.commission.MeetingStatus;
import org.acredita.commission.Decisions;
import org.acredita.commission.Hearing;
import org.acredita.commission.Meetings;
import org.acredita.commission.NewDecision;
import org.acredita.commission.Outcome;
import org.acredita.commission.Vote;
import org.acredita.commission.NewConflict;
import org.acredita.commission.NewDocketItem;
import org.acredita.commission.NewMeeting;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meetings list with the planning form, a meeting with its docket and panels, and the conflicts page. */
@Controller
class CommissionPages {

    private final Meetings meetings;
    private final Conflicts conflicts;
    private final Decisions decisions;
    private final Organisations organisations;
    private final org.acredita.commission.Certificates certificates;
    private final org.acredita.commission.Awards awards;

    CommissionPages(Meetings meetings, Conflicts conflicts, Decisions decisions, Organisations organisations,
            org.acredita.commission.Certificates certificates, org.acredita.commission.Awards awards) {
        this.certificates = certificates;
        this.awards = awards;
        this.meetings = meetings;
        this.conflicts = conflicts;
        this.decisions = decisions;
        this.organisations = organisations;
    }

    @GetMapping("/commission/meetings/{id}/items/{itemId}")
    String item(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId, Model model) {
        model.addAttribute("item", meetings.item(id, itemId));
        model.addAttribute("meeting", meetings.get(id));
        model.addAttribute("hearing", decisions.hearing(id, itemId).orElse(null));
        var decision = decisions.decision(id, itemId).orElse(null);
        model.addAttribute("decision", decision);
        model.addAttribute("award", decision == null ? null : awards.of(decision.agencyId()).stream()
                .filter(a -> a.decisionId().equals(decision.id())).findFirst().orElse(null));
        model.addAttribute("mayOrganise", meetings.mayOrganise());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("votes", Vote.values());
        return "commission/item";
    }

    @PostMapping("/commission/meetings/{id}/items/{itemId}/hearing")
    String hearing(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId,
            @RequestParam(name = "agencyAttendees", required = false) String agencyAttendees,
            @RequestParam(name = "funderNotes", required = false) String funderNotes,
            @RequestParam(name = "advisorNotes", required = false) String advisorNotes,
            @RequestParam(name = "questions", required = false) String questions,
            @RequestParam(name = "recommendation", required = false) String recommendation, RedirectAttributes flash) {
        return RefusalToPage.redirect(itemPath(id, itemId), flash, "commission.hearing.recorded",
                () -> decisions.recordHearing(id, itemId, new Hearing(agencyAttendees, funderNotes, advisorNotes,
                        questions, recommendation, null)));
    }

    /** The form names each vote {@code vote-<commissioner id>} and each condition's text and due date by row. */
    @PostMapping("/commission/meetings/{id}/items/{itemId}/decision")
    String decide(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId,
            @RequestParam(name = "outcome", required = false) Outcome outcome,
            @RequestParam(name = "reasons", required = false) String reasons,
            @RequestParam(name = "requiredActions", required = false) String requiredActions,
            @RequestParam(name = "conditionText", required = false) List<String> conditionTexts,
            @RequestParam(name = "conditionDue", required = false) List<String> conditionDues,
            @RequestParam Map<String, String> fields, RedirectAttributes flash) {
        List<NewDecision.CastVote> votes = new ArrayList<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("vote-") && !value.isBlank()) {
                votes.add(new NewDecision.CastVote(UUID.fromString(name.substring(5)), Vote.valueOf(value)));
            }
        });
        return RefusalToPage.redirect(itemPath(id, itemId), flash, "commission.decision.recorded",
                () -> decisions.decide(id, itemId, new NewDecision(outcome, votes,
                        conditions(conditionTexts, conditionDues), reasons, requiredActions)));
    }

    private static List<NewDecision.NewCondition> conditions(List<String> texts, List<String> dues) {
        List<NewDecision.NewCondition> conditions = new ArrayList<>();
        for (int row = 0; texts != null && row < texts.size(); row++) {
            String due = dues != null && row < dues.size() ? dues.get(row) : "";
            try {
                conditions.add(new NewDecision.NewCondition(texts.get(row), due == null || due.isBlank() ? null
                        : LocalDate.parse(due)));
            } catch (java.time.format.DateTimeParseException e) {
                throw org.acredita.access.RuleViolation.onField("conditions", "commission.decision.conditionIncomplete");
            }
        }
        return conditions;
    }

    /** The public verification page: no sign-in, the status and what the certificate states, nothing else. */
    @GetMapping("/public/certificates/{number}")
    String verify(@PathVariable("number") String number, @RequestParam(name = "h", required = false) String hash,
            Model model) {
        model.addAttribute("certificate", certificates.verify(number, hash)
                .orElseThrow(org.acredita.access.NotFoundException::new));
        return "commission/verification";
    }

    private static String itemPath(UUID meetingId, UUID itemId) {
        return "/commission/meetings/" + meetingId + "/items/" + itemId;
    }

    @GetMapping("/commission/meetings")
    String list(Model model) {
        model.addAttribute("meetings", meetings.visible());
        model.addAttribute("mayOrganise", meetings.mayOrganise());
        model.addAttribute("mayDeclare", conflicts.mayDeclare());
        return "commission/meetings";
    }

    @PostMapping("/commission/meetings")
    String plan(@RequestParam(name = "meetsOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetsOn,
            @RequestParam(name = "startsAt", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
            @RequestParam(name = "timeZone", required = false) String timeZone,
            @RequestParam(name = "place", required = false) String place,
            @RequestParam(name = "virtualLink", required = false) String virtualLink, RedirectAttributes flash) {
        return RefusalToPage.redirect("/commission/meetings", flash, "commission.meeting.planned",
                () -> meetings.plan(new NewMeeting(meetsOn, startsAt, timeZone, place, virtualLink)));
    }

    @GetMapping("/commission/meetings/{id}")
    String meeting(@PathVariable("id") UUID id, Model model) {
        model.addAttribute("meeting", meetings.get(id));
        model.addAttribute("mayOrganise", meetings.mayOrganise());
        model.addAttribute("candidates", meetings.candidates());
        model.addAttribute("commissioners", meetings.commissioners());
        model.addAttribute("reasons", DocketReason.values());
        return "commission/meeting";
    }

    @PostMapping("/commission/meetings/{id}/status")
    String advance(@PathVariable("id") UUID id, @RequestParam(name = "status", required = false) MeetingStatus status,
            RedirectAttributes flash) {
        return RefusalToPage.redirect("/commission/meetings/" + id, flash, "commission.meeting.moved",
                () -> meetings.advance(id, status));
    }

    @PostMapping("/commission/meetings/{id}/docket")
    String addToDocket(@PathVariable("id") UUID id, @RequestParam(name = "agencyId", required = false) UUID agencyId,
            @RequestParam(name = "reason", required = false) DocketReason reason, RedirectAttributes flash) {
        return RefusalToPage.redirect("/commission/meetings/" + id, flash, "commission.docket.added",
                () -> meetings.addToDocket(id, new NewDocketItem(agencyId, reason)));
    }

    @PostMapping("/commission/meetings/{id}/docket/{itemId}/panel")
    String seat(@PathVariable("id") UUID id, @PathVariable("itemId") UUID itemId,
            @RequestParam(name = "commissionerId", required = false) UUID commissionerId, RedirectAttributes flash) {
        return RefusalToPage.redirect("/commission/meetings/" + id, flash, "commission.panel.seated",
                () -> meetings.seat(id, itemId, commissionerId));
    }

    @GetMapping("/commission/conflicts")
    String conflicts(Model model) {
        model.addAttribute("conflicts", conflicts.visible());
        model.addAttribute("mayDeclare", conflicts.mayDeclare());
        model.addAttribute("agencies", conflicts.mayDeclare() ? organisations.visible().stream()
                .filter(Organisation::isAgency).toList() : java.util.List.of());
        model.addAttribute("kinds", ConflictKind.values());
        model.addAttribute("organiser", meetings.mayOrganise());
        model.addAttribute("commissioners", meetings.commissioners());
        return "commission/conflicts";
    }

    @PostMapping("/commission/conflicts")
    String declare(@RequestParam(name = "commissionerId", required = false) UUID commissionerId,
            @RequestParam(name = "agencyId", required = false) UUID agencyId,
            @RequestParam(name = "kind", required = false) ConflictKind kind,
            @RequestParam(name = "note", required = false) String note, RedirectAttributes flash) {
        return RefusalToPage.redirect("/commission/conflicts", flash, "commission.conflict.declared",
                () -> conflicts.declare(new NewConflict(commissionerId, agencyId, kind, note)));
    }
}
