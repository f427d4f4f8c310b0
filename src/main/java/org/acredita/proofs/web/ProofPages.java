package org.acredita.proofs.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.identity.Organisations;
import org.acredita.proofs.internal.ProofInput;
import org.acredita.proofs.EvidenceLibrary;
import org.acredita.proofs.ProofKind;
import org.acredita.proofs.ProofSubmissions;
import org.acredita.proofs.Proofs;
import org.acredita.proofs.internal.StandardProofs;
import org.acredita.storage.StorageLimits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The proofs of a standard: a panel the standard's page loads (htmx), the same as a page of its own without
 * scripts, and the forms behind it. Uploads with a progress bar go through the API from the page's script;
 * the form posts here when scripts are off.
 */
@Controller
class ProofPages {

    private final Proofs proofs;
    private final ProofSubmissions submissions;
    private final Organisations organisations;
    private final StorageLimits limits;
    private final EvidenceLibrary library;

    ProofPages(Proofs proofs, ProofSubmissions submissions, Organisations organisations, StorageLimits limits,
            EvidenceLibrary library) {
        this.library = library;
        this.limits = limits;
        this.proofs = proofs;
        this.submissions = submissions;
        this.organisations = organisations;
    }

    @GetMapping("/accreditation-files/{fileId}/standards/{number}/proofs")
    String proofs(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestParam(name = "part", required = false) String part, HttpServletRequest request, Model model) {
        StandardProofs shown = proofs.ofStandard(fileId, number);
        model.addAttribute("proofs", shown);
        model.addAttribute("library", shown.mayAdd() ? library.choices(shown.file().agencyId()) : List.of());
        model.addAttribute("maxUpload", limits.maxFileSize().toMegabytes() >= 1024
                ? limits.maxFileSize().toGigabytes() + " GB" : limits.maxFileSize().toMegabytes() + " MB");
        if ("years".equals(part)) {
            return "proofs/years";
        }
        if ("true".equals(request.getHeader("HX-Request"))) {
            return "proofs/panel";
        }
        model.addAttribute("agency", organisations.get(shown.file().agencyId()));
        return "proofs/page";
    }

    /** Where a search result leads: the proof on its standard's page, whatever the standard's number is now. */
    @GetMapping("/accreditation-files/{fileId}/proofs/{proofId}")
    String find(@PathVariable("fileId") UUID fileId, @PathVariable("proofId") UUID proofId) {
        var proof = proofs.inFile(fileId, proofId);
        return "redirect:/accreditation-files/" + fileId + "/standards/" + proof.number() + "#proof-" + proof.id();
    }

    @PostMapping("/accreditation-files/{fileId}/standards/{number}/proofs")
    String upload(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestParam(name = "file", required = false) List<MultipartFile> uploads,
            @RequestParam(name = "documentDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate documentDate, @RequestParam(name = "cycleYear", required = false) Integer cycleYear,
            @RequestParam(name = "period", required = false) Integer period,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "lateExplanation", required = false) String lateExplanation,
            RedirectAttributes flash) {
        List<MultipartFile> given = uploads == null ? List.of()
                : uploads.stream().filter(upload -> !upload.isEmpty()).toList();
        ProofInput input = new ProofInput(documentDate, cycleYear, period, given.size() == 1 ? title : null, null,
                null, lateExplanation);
        return attempt(fileId, number, flash, "proofs.uploaded", () -> {
            if (given.isEmpty()) {
                throw RuleViolation.onField("file", "proofs.file.required");
            }
            for (MultipartFile upload : given) {
                try (InputStream content = upload.getInputStream()) {
                    submissions.addFile(fileId, number, input, upload.getOriginalFilename(), content);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** A document of the agency's library given as a proof of this standard, without uploading it again. */
    @PostMapping("/accreditation-files/{fileId}/standards/{number}/proofs/links")
    String link(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestParam(name = "documentId", required = false) UUID documentId,
            @RequestParam(name = "cycleYear", required = false) Integer cycleYear,
            @RequestParam(name = "period", required = false) Integer period,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "lateExplanation", required = false) String lateExplanation,
            RedirectAttributes flash) {
        return attempt(fileId, number, flash, "evidence.linked", () -> submissions.linkDocument(fileId, number,
                documentId, new ProofInput(null, cycleYear, period, title, null, null, lateExplanation)));
    }

    @PostMapping("/accreditation-files/{fileId}/standards/{number}/proofs/entries")
    String entry(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestParam(name = "kind", required = false) ProofKind kind,
            @RequestParam(name = "documentDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate documentDate, @RequestParam(name = "cycleYear", required = false) Integer cycleYear,
            @RequestParam(name = "period", required = false) Integer period,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "note", required = false) String note,
            @RequestParam(name = "url", required = false) String url,
            @RequestParam(name = "lateExplanation", required = false) String lateExplanation,
            RedirectAttributes flash) {
        return attempt(fileId, number, flash, "proofs.added", () -> submissions.addEntry(fileId, number, kind,
                new ProofInput(documentDate, cycleYear, period, title, note, url, lateExplanation)));
    }

    @PostMapping("/accreditation-files/{fileId}/standards/{number}/proofs/{proofId}/explanation")
    String explain(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @PathVariable("proofId") UUID proofId,
            @RequestParam(name = "lateExplanation", required = false) String explanation, RedirectAttributes flash) {
        return attempt(fileId, number, flash, "proofs.explained",
                () -> submissions.explainLate(fileId, number, proofId, explanation));
    }

    @PostMapping("/accreditation-files/{fileId}/standards/{number}/proofs/{proofId}/removal")
    String remove(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @PathVariable("proofId") UUID proofId, RedirectAttributes flash) {
        return attempt(fileId, number, flash, "proofs.removed", () -> submissions.remove(fileId, number, proofId));
    }

    /** Refusals by rule come back to the standard's page as a message; not-found and forbidden answer as usual. */
    private static String attempt(UUID fileId, String number, RedirectAttributes flash, String success,
            Runnable work) {
        return RefusalToPage.redirect("/accreditation-files/" + fileId + "/standards/" + number + "#proofs", flash,
                success, work);
    }
}
