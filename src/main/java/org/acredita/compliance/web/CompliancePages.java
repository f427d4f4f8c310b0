package org.acredita.compliance.web;

import java.util.UUID;
import org.acredita.compliance.internal.ComplianceReadiness;
import org.acredita.compliance.internal.FileReadiness;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A file's compliance dashboard ("would we pass today?"), its compact panel for other pages, and the overview
 * across every file the caller may read.
 */
@Controller
class CompliancePages {

    private final ComplianceReadiness readiness;

    CompliancePages(ComplianceReadiness readiness) {
        this.readiness = readiness;
    }

    @GetMapping("/accreditation-files/{id}/readiness")
    String file(@PathVariable("id") UUID fileId, Model model) {
        FileReadiness r = readiness.of(fileId);
        model.addAttribute("readiness", r);
        model.addAttribute("chart", TrendChart.of(readiness.trend(r)));
        return "compliance/file";
    }

    /** The "would pass" panel alone, for a page to include or load with htmx. */
    @GetMapping("/accreditation-files/{id}/readiness/panel")
    String panel(@PathVariable("id") UUID fileId, Model model) {
        model.addAttribute("readiness", readiness.of(fileId));
        model.addAttribute("limit", 5);
        model.addAttribute("linkMore", true);
        return "compliance/panel";
    }

    /** The file's progress (overall and by chapter, met of applicable) for the file page to load with htmx. */
    @GetMapping("/accreditation-files/{id}/readiness/progress")
    String progress(@PathVariable("id") UUID fileId, Model model) {
        model.addAttribute("readiness", readiness.of(fileId));
        return "compliance/progress";
    }

    @GetMapping("/accreditation/overview")
    String overview(Model model) {
        model.addAttribute("files", readiness.overview());
        return "compliance/overview";
    }
}
