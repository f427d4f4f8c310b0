package org.acredita.commission.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.commission.ConflictKind;
import org.acredita.commission.Conflicts;
import org.acredita.commission.DocketReason;
import org.acredita.commission.MeetingStatus;
import org.acredita.commission.Meetings;
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
    private final Organisations organisations;

    CommissionPages(Meetings meetings, Conflicts conflicts, Organisations organisations) {
        this.meetings = meetings;
        this.conflicts = conflicts;
        this.organisations = organisations;
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
