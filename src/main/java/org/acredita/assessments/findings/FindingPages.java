package org.acredita.assessments.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.assessments.Finding.Severity;
import org.acredita.assessments.Finding.State;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The findings of an assessment (filtered by state) and one finding with its history, the agency's corrective
 * action form and the reviewer's verify and return buttons. A refused form comes back filled in.
 */
@Controller
class FindingPages {

    private final FindingViews views;
    private final FindingWork findings;

    FindingPages(FindingViews views, FindingWork findings) {
        this.views = views;
        this.findings = findings;
    }

    @GetMapping("/assessments/{id}/findings")
    String list(@PathVariable("id") UUID id, @RequestParam(name = "state", required = false) State state,
            Model model) {
        model.addAttribute("view", views.list(id, state));
        return "assessments/findings/list";
    }

    @GetMapping("/assessments/{id}/findings/{findingId}")
    String finding(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId, Model model) {
        model.addAttribute("view", views.finding(id, findingId));
        return "assessments/findings/finding";
    }

    @PostMapping("/assessments/{id}/findings/{findingId}")
    String describe(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId,
            @RequestParam(name = "severity", required = false) Severity severity,
            @RequestParam(name = "missing", required = false) String missing, RedirectAttributes flash) {
        return RefusalToPage.redirect(page(id, findingId), flash, "findings.described",
                () -> findings.describe(id, findingId, severity, missing));
    }

    @PostMapping("/assessments/{id}/findings/{findingId}/corrective-actions")
    String propose(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId,
            @RequestParam(name = "actions", required = false) String actions,
            @RequestParam(name = "ownerId", required = false) UUID ownerId,
            @RequestParam(name = "dueDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueDate, @RequestParam(name = "proofIds", required = false) List<UUID> proofIds,
            RedirectAttributes flash) {
        return RefusalToPage.redirect(page(id, findingId), flash, "findings.action.proposed",
                () -> findings.propose(id, findingId, new FindingWork.ActionDraft(actions, ownerId, dueDate,
                        proofIds)));
    }

    @PostMapping("/assessments/{id}/findings/{findingId}/corrective-actions/{actionId}/submission")
    String submit(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId,
            @PathVariable("actionId") UUID actionId, RedirectAttributes flash) {
        return RefusalToPage.redirect(page(id, findingId), flash, "findings.action.submitted",
                () -> findings.submit(id, findingId, actionId));
    }

    @PostMapping("/assessments/{id}/findings/{findingId}/corrective-actions/{actionId}/verification")
    String verify(@PathVariable("id") UUID id, @PathVariable("findingId") UUID findingId,
            @PathVariable("actionId") UUID actionId,
            @RequestParam(name = "verified", required = false) Boolean verified,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes flash) {
        boolean accepted = Boolean.TRUE.equals(verified);
        return RefusalToPage.redirect(page(id, findingId), flash,
                accepted ? "findings.action.verified" : "findings.action.returned",
                () -> findings.decide(id, findingId, actionId, accepted, reason));
    }

    private static String page(UUID id, UUID findingId) {
        return "/assessments/" + id + "/findings/" + findingId;
    }
}
