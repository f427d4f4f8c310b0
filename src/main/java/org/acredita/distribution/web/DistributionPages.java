package org.acredita.distribution.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.acredita.access.RefusedWithProblems;
import org.acredita.directives.VersionTexts;
import org.acredita.distribution.internal.Acknowledgements;
import org.acredita.distribution.internal.Distribution;
import org.acredita.distribution.internal.Distributions;
import org.acredita.identity.Organisations;
import org.acredita.personnel.Rosters;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The agency's distributions, the form that creates one, a distribution's progress, its slips and its export. */
@Controller
class DistributionPages {

    private static final int PENDING_SHOWN = 100;

    private final Distributions distributions;
    private final Acknowledgements acknowledgements;
    private final Rosters rosters;
    private final VersionTexts versions;
    private final Organisations organisations;
    private final SlipPrinting slips;
    private final AcknowledgementSheet sheets;

    DistributionPages(Distributions distributions, Acknowledgements acknowledgements, Rosters rosters,
            VersionTexts versions, Organisations organisations, SlipPrinting slips, AcknowledgementSheet sheets) {
        this.sheets = sheets;
        this.distributions = distributions;
        this.acknowledgements = acknowledgements;
        this.rosters = rosters;
        this.versions = versions;
        this.organisations = organisations;
        this.slips = slips;
    }

    @GetMapping("/agencies/{id}/distributions")
    String list(@PathVariable("id") UUID agencyId, Model model) {
        model.addAttribute("distributions", distributions.list(agencyId));
        return form(agencyId, null, null, model);
    }

    @PostMapping("/agencies/{id}/distributions")
    String create(@PathVariable("id") UUID agencyId, @ModelAttribute DistributionForm form, Model model,
            HttpServletResponse response) {
        try {
            Distribution created = distributions.create(agencyId, form.request());
            return "redirect:/agencies/" + agencyId + "/distributions/" + created.id() + "?created";
        } catch (RefusedWithProblems refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("distributions", distributions.list(agencyId));
            return form(agencyId, form, refused, model);
        }
    }

    private String form(UUID agencyId, DistributionForm form, RefusedWithProblems refusal, Model model) {
        boolean mayCreate = distributions.mayCreate(agencyId);
        model.addAttribute("agency", organisations.get(agencyId));
        model.addAttribute("mayCreate", mayCreate);
        model.addAttribute("versions", mayCreate ? versions.distributable(agencyId) : List.of());
        model.addAttribute("units", mayCreate ? rosters.units(agencyId) : List.of());
        model.addAttribute("ranks", mayCreate ? rosters.ranks(agencyId) : List.of());
        model.addAttribute("form", form == null ? DistributionForm.empty() : form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("today", LocalDate.now());
        return "distribution/list";
    }

    @GetMapping("/agencies/{id}/distributions/{distributionId}")
    String progress(@PathVariable("id") UUID agencyId, @PathVariable("distributionId") UUID distributionId,
            Model model) {
        model.addAttribute("progress", distributions.progress(agencyId, distributionId));
        model.addAttribute("pending", distributions.pending(agencyId, distributionId, PENDING_SHOWN));
        model.addAttribute("agency", organisations.get(agencyId));
        model.addAttribute("mayPrint", distributions.mayCreate(agencyId));
        model.addAttribute("today", LocalDate.now());
        return "distribution/progress";
    }

    /**
     * Slips with a personal link and its QR code for the pending people (of one unit when given), in Spanish or
     * English. Printing issues new links: the links of an earlier printing stop working, so only the newest slips
     * count.
     */
    @PostMapping("/agencies/{id}/distributions/{distributionId}/slips")
    ResponseEntity<byte[]> slips(@PathVariable("id") UUID agencyId, @PathVariable("distributionId") UUID distributionId,
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "lang", defaultValue = "es-MX") String language,
            @ModelAttribute("ui") Object ui) {
        Locale locale = Locale.forLanguageTag(language.startsWith("en") ? "en" : "es-MX");
        var progress = distributions.progress(agencyId, distributionId);
        var links = acknowledgements.issueLinks(agencyId, distributionId, unit == null || unit.isBlank() ? null : unit);
        byte[] pdf = slips.pdf(ui, progress, links, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("papeletas-" + distributionId + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/agencies/{id}/distributions/{distributionId}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable("id") UUID agencyId,
            @PathVariable("distributionId") UUID distributionId, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheets.write(agencyId, distributionId, locale, out);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("acuses-" + distributionId + ".xlsx").build().toString())
                .body(out.toByteArray());
    }
}
