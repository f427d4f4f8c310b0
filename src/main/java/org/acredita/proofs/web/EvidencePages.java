package org.acredita.proofs.web;

import java.time.LocalDate;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.identity.AgencyGate;
import org.acredita.proofs.EvidenceKind;
import org.acredita.proofs.EvidenceLibrary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's evidence library: its documents with where each is used, one document's page, and their forms. */
@Controller
class EvidencePages {

    private final EvidenceLibrary library;
    private final AgencyGate agencies;

    EvidencePages(EvidenceLibrary library, AgencyGate agencies) {
        this.library = library;
        this.agencies = agencies;
    }

    @GetMapping("/agencies/{agencyId}/evidence")
    String library(@PathVariable("agencyId") UUID agencyId, Model model) {
        model.addAttribute("agency", agencies.readable(agencyId));
        model.addAttribute("documents", library.documents(agencyId));
        return "proofs/library";
    }

    @GetMapping("/agencies/{agencyId}/evidence/{documentId}")
    String document(@PathVariable("agencyId") UUID agencyId, @PathVariable("documentId") UUID documentId,
            Model model) {
        model.addAttribute("agency", agencies.readable(agencyId));
        model.addAttribute("document", library.document(agencyId, documentId));
        model.addAttribute("mayDescribe", library.mayContribute(agencyId));
        model.addAttribute("mayRemove", library.mayRemove(agencyId));
        model.addAttribute("kinds", EvidenceKind.values());
        return "proofs/document";
    }

    @PostMapping("/agencies/{agencyId}/evidence/{documentId}")
    String describe(@PathVariable("agencyId") UUID agencyId, @PathVariable("documentId") UUID documentId,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "documentDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate documentDate, @RequestParam(name = "kind", required = false) EvidenceKind kind,
            RedirectAttributes flash) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/evidence/" + documentId, flash, "evidence.described",
                () -> library.describe(agencyId, documentId, title, documentDate, kind));
    }

    @PostMapping("/agencies/{agencyId}/evidence/{documentId}/removal")
    String remove(@PathVariable("agencyId") UUID agencyId, @PathVariable("documentId") UUID documentId,
            RedirectAttributes flash) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/evidence", flash, "evidence.removed",
                () -> library.remove(agencyId, documentId));
    }
}
