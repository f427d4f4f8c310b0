package org.acredita.commission.continued;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.assessments.Assessments;
import org.acredita.commission.AnnualReportStatus;
import org.acredita.commission.continued.AnnualReport.Changes;
import org.acredita.commission.continued.AnnualReportStore.Explanation;
import org.acredita.identity.AgencyGate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's continued compliance page: its annual status reports (prepared by the accreditation manager, signed
 * by the chief executive, accepted or returned by the accreditation body) and this award's yearly reviews, with the
 * body's forms to plan a review and schedule the reaccreditation.
 */
@Controller
class ContinuedCompliancePages {

    private final AnnualReports reports;
    private final AnnualReviews reviews;
    private final Assessments assessments;
    private final AgencyGate gate;

    ContinuedCompliancePages(AnnualReports reports, AnnualReviews reviews, Assessments assessments, AgencyGate gate) {
        this.reports = reports;
        this.reviews = reviews;
        this.assessments = assessments;
        this.gate = gate;
    }

    @GetMapping("/agencies/{id}/annual-reports")
    String page(@PathVariable("id") UUID agencyId, Model model) {
        model.addAttribute("agency", gate.readable(agencyId));
        model.addAttribute("reports", reports.of(agencyId));
        model.addAttribute("reviews", reviews.reviews(agencyId));
        model.addAttribute("mayPrepare", reports.mayPrepare(agencyId));
        model.addAttribute("maySign", reports.maySign(agencyId));
        boolean body = reports.mayDecide(agencyId);
        model.addAttribute("mayDecide", body);
        model.addAttribute("candidates", body ? assessments.teamCandidates(agencyId) : java.util.List.of());
        return "commission/annual-reports";
    }

    /** The form names each standard's words {@code reason-<number>} and {@code action-<number>}. */
    @PostMapping("/agencies/{id}/annual-reports/{year}")
    String draft(@PathVariable("id") UUID agencyId, @PathVariable("year") int year,
            @RequestParam Map<String, String> fields, RedirectAttributes flash) {
        Map<String, Explanation> explanations = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith("reason-")) {
                String number = name.substring("reason-".length());
                explanations.put(number, new Explanation(value, fields.get("action-" + number)));
            }
        });
        Changes changes = new Changes(fields.get("chiefExecutive"), fields.get("structure"), fields.get("functions"),
                fields.get("sizeClass"));
        return RefusalToPage.redirect(path(agencyId), flash, "commission.annual.saved",
                () -> reports.saveDraft(agencyId, year, new AnnualReports.Draft(changes, explanations)));
    }

    @PostMapping("/agencies/{id}/annual-reports/{year}/signature")
    String sign(@PathVariable("id") UUID agencyId, @PathVariable("year") int year, RedirectAttributes flash) {
        return RefusalToPage.redirect(path(agencyId), flash, "commission.annual.signed",
                () -> reports.sign(agencyId, year));
    }

    @PostMapping("/agencies/{id}/annual-reports/{year}/decision")
    String decide(@PathVariable("id") UUID agencyId, @PathVariable("year") int year,
            @RequestParam(name = "outcome", required = false) AnnualReportStatus outcome,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes flash) {
        boolean accept = outcome == AnnualReportStatus.ACCEPTED;
        return RefusalToPage.redirect(path(agencyId), flash, accept ? "commission.annual.accepted"
                : "commission.annual.returned",
                () -> {
                    if (accept) {
                        reports.accept(agencyId, year);
                    } else {
                        reports.giveBack(agencyId, year, reason);
                    }
                });
    }

    @PostMapping("/agencies/{id}/annual-reviews")
    String planReview(@PathVariable("id") UUID agencyId,
            @RequestParam(name = "userId", required = false) UUID userId,
            @RequestParam(name = "windowStart", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(name = "windowEnd", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
            @RequestParam(name = "kind", defaultValue = "review") String kind, RedirectAttributes flash) {
        boolean reaccreditation = kind.equals("reaccreditation");
        return RefusalToPage.redirect(path(agencyId), flash, reaccreditation ? "commission.reaccreditation.scheduled"
                : "commission.review.planned",
                () -> {
                    if (reaccreditation) {
                        reviews.scheduleReaccreditation(agencyId, userId, start, end);
                    } else {
                        reviews.planYearlyReview(agencyId, userId, start, end);
                    }
                });
    }

    private static String path(UUID agencyId) {
        return "/agencies/" + agencyId + "/annual-reports";
    }
}
