package org.acredita.assessments.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.assessments.AssessmentReports;
import org.acredita.assessments.ReportContent.Narrative;
import org.acredita.assessments.ReportVersion;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assessment report's page (a version in the reader's language, the team leader's narrative form and the
 * release), and its PDF in Spanish or English (parameter {@code language}, so the page's own language stays).
 */
@Controller
class ReportPages {

    private final ReportViews views;
    private final AssessmentReports reports;
    private final ReportRendering documents;

    ReportPages(ReportViews views, AssessmentReports reports, ReportRendering documents) {
        this.views = views;
        this.reports = reports;
        this.documents = documents;
    }

    @GetMapping("/assessments/{id}/report")
    String page(@PathVariable("id") UUID id, @RequestParam(name = "version", required = false) Integer version,
            Model model) {
        model.addAttribute("page", views.of(id, version));
        return "assessments/report/page";
    }

    @GetMapping("/assessments/{id}/report.pdf")
    void pdf(@PathVariable("id") UUID id, @RequestParam(name = "version", required = false) Integer version,
            @RequestParam(name = "language", required = false) String language, @ModelAttribute("ui") Object ui,
            Locale readerLocale, HttpServletResponse response) throws IOException {
        ReportVersion shown = reports.version(id, version);
        Locale locale = ReportRendering.locale(language, readerLocale);
        byte[] pdf = documents.pdf(ui, shown, locale);
        response.setContentType("application/pdf");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(ReportRendering.fileName(shown, locale, "pdf"), StandardCharsets.UTF_8).build().toString());
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    @PostMapping("/assessments/{id}/report/narrative")
    String narrative(@PathVariable("id") UUID id, @RequestParam(name = "strengthsEs", required = false) String strengthsEs,
            @RequestParam(name = "strengthsEn", required = false) String strengthsEn,
            @RequestParam(name = "recommendationsEs", required = false) String recommendationsEs,
            @RequestParam(name = "recommendationsEn", required = false) String recommendationsEn,
            RedirectAttributes flash) {
        return RefusalToPage.redirect("/assessments/" + id + "/report", flash, "report.saved",
                () -> reports.saveNarrative(id, new Narrative(strengthsEs, strengthsEn, recommendationsEs,
                        recommendationsEn)));
    }

    @PostMapping("/assessments/{id}/report/release")
    String release(@PathVariable("id") UUID id, RedirectAttributes flash) {
        return RefusalToPage.redirect("/assessments/" + id + "/report", flash, "report.released",
                () -> reports.release(id));
    }
}
