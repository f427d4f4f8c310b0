package org.acredita.assessments.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.AssessmentReports;
import org.acredita.assessments.ReportVersion;
import org.acredita.assessments.web.ReportRendering;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The assessment report as PDF or HTML, in Spanish or English. */
@RestController
@Tag(name = "Assessments", description = "Evaluaciones / Assessments")
class ReportApi {

    private final AssessmentReports reports;
    private final ReportRendering rendering;

    ReportApi(AssessmentReports reports, ReportRendering rendering) {
        this.reports = reports;
        this.rendering = rendering;
    }

    @GetMapping("/api/v1/assessments/{id}/report")
    @Operation(summary = "The latest released version of the assessment report (format=pdf|html, lang=es|en; "
            + "version=N for another). The team and programme staff also read the draft; others get 404 before "
            + "the first release")
    ResponseEntity<byte[]> report(@PathVariable("id") UUID id,
            @RequestParam(name = "format", defaultValue = "pdf") String format,
            @RequestParam(name = "lang", defaultValue = "es") String lang,
            @RequestParam(name = "version", required = false) Integer version, @ModelAttribute("ui") Object ui) {
        if (!format.equals("pdf") && !format.equals("html")) {
            throw RuleViolation.onField("format", "report.format.unknown");
        }
        if (!lang.equals("es") && !lang.equals("en")) {
            throw RuleViolation.onField("lang", "report.lang.unknown");
        }
        ReportVersion shown = reports.version(id, version);
        Locale locale = Locale.forLanguageTag(lang.equals("en") ? "en" : "es-MX");
        boolean pdf = format.equals("pdf");
        byte[] body = pdf ? rendering.pdf(ui, shown, locale)
                : rendering.html(ui, shown, locale).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : new MediaType("text", "html", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, (pdf ? ContentDisposition.attachment()
                        : ContentDisposition.inline()).filename(ReportRendering.fileName(shown, locale,
                                format), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
