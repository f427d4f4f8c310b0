package org.acredita.commission.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.commission.Certificate;
import org.acredita.commission.CertificateStatus;
import org.acredita.commission.Certificates;
import org.acredita.commission.web.CertificateRendering;
import org.acredita.standards.AccreditationProgramme;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An award's certificate as PDF (for whoever reads the agency) and its public verification (no sign-in). */
@RestController
@Tag(name = "Commission", description = "Meetings, dockets and panels / Sesiones, orden del día y paneles")
class CertificateApi {

    /** All the public learns of a certificate. */
    record Verified(String agencyName, AccreditationProgramme programme, CertificateStatus status,
            LocalDate awardedOn, LocalDate expiresOn) {
    }

    private final Certificates certificates;
    private final CertificateRendering rendering;

    CertificateApi(Certificates certificates, CertificateRendering rendering) {
        this.certificates = certificates;
        this.rendering = rendering;
    }

    @GetMapping("/api/v1/awards/{id}/certificate")
    @Operation(summary = "The award's certificate as PDF (lang=es|en) with its verification link")
    ResponseEntity<byte[]> certificate(@PathVariable("id") UUID awardId,
            @RequestParam(name = "lang", defaultValue = "es") String lang, @ModelAttribute("ui") Object ui) {
        if (!lang.equals("es") && !lang.equals("en")) {
            throw RuleViolation.onField("lang", "report.lang.unknown");
        }
        Certificate certificate = certificates.of(awardId);
        Locale locale = Locale.forLanguageTag(lang.equals("en") ? "en" : "es-MX");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((lang.equals("en") ? "certificate-" : "certificado-") + certificate.number() + ".pdf",
                                StandardCharsets.UTF_8).build().toString())
                .body(rendering.pdf(ui, certificate, locale));
    }

    @GetMapping("/api/v1/public/certificates/{number}")
    @Operation(summary = "Verify a certificate without signing in: 404 for an unknown number or another hash")
    Verified verify(@PathVariable("number") String number, @RequestParam(name = "h", required = false) String hash) {
        Certificate found = certificates.verify(number, hash).orElseThrow(NotFoundException::new);
        return new Verified(found.agencyName(), found.programme(), found.status(), found.awardedOn(),
                found.expiresOn());
    }
}
