package org.acredita.selfassessment.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.identity.Organisations;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.StandardAction;
import org.acredita.selfassessment.internal.StandardDetail;
import org.acredita.selfassessment.StandardWorkflow;
import org.acredita.standards.Manuals;
import org.acredita.standards.Text;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agency's accreditation file (progress, filters, bulk assignment) and the page of one of its standards. */
@Controller
class AccreditationPages {

    private final FileViews views;
    private final AccreditationFiles files;
    private final StandardWorkflow workflow;
    private final Organisations organisations;
    private final Manuals manuals;

    AccreditationPages(FileViews views, AccreditationFiles files, StandardWorkflow workflow,
            Organisations organisations, Manuals manuals) {
        this.views = views;
        this.files = files;
        this.workflow = workflow;
        this.organisations = organisations;
        this.manuals = manuals;
    }

    @GetMapping("/agencies/{id}/accreditation")
    String file(@PathVariable("id") UUID agencyId, @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "assignee", required = false) String assignee,
            @RequestParam(name = "chapter", required = false) Integer chapter, Model model) {
        FileView view = views.file(agencyId, status, assignee, chapter);
        if (!view.hasFile()) {
            model.addAttribute("agency", view.agency());
            model.addAttribute("mayOpen", view.mayOpen());
            return "selfassessment/none";
        }
        model.addAttribute("view", view);
        return "selfassessment/file";
    }

    @PostMapping("/agencies/{id}/accreditation")
    String open(@PathVariable("id") UUID agencyId, RedirectAttributes flash) {
        return attempt("/agencies/" + agencyId + "/accreditation", flash, "selfassessment.file.opened",
                () -> files.open(agencyId));
    }

    @PostMapping("/accreditation-files/{fileId}/chapters")
    String assignChapter(@PathVariable("fileId") UUID fileId,
            @RequestParam(name = "chapter", required = false) Integer chapter,
            @RequestParam(name = "assignee", required = false) UUID assignee,
            @RequestParam(name = "dueDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueDate, RedirectAttributes flash) {
        AccreditationFile file = files.file(fileId);
        return attempt("/agencies/" + file.agencyId() + "/accreditation", flash, "selfassessment.chapter.assigned",
                () -> workflow.assignChapter(fileId, chapter, assignee, dueDate));
    }

    @GetMapping("/accreditation-files/{fileId}/standards/{number}")
    String standard(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number, Model model) {
        StandardDetail detail = files.standard(fileId, number);
        model.addAttribute("detail", detail);
        model.addAttribute("agency", organisations.get(detail.file().agencyId()));
        Map<String, Text> names = new HashMap<>(manuals.functionNames());
        names.putAll(manuals.tierNames(detail.file().editionId()));
        model.addAttribute("reasonWords", new ReasonWords(names));
        return "selfassessment/standard";
    }

    @PostMapping("/accreditation-files/{fileId}/standards/{number}/status")
    String act(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestParam(name = "action", required = false) StandardAction action,
            @RequestParam(name = "note", required = false) String note,
            @RequestParam(name = "months", required = false) Integer months, RedirectAttributes flash) {
        return attempt(standardPath(fileId, number), flash, "selfassessment.status.saved",
                () -> workflow.act(fileId, number, action, note, months));
    }

    @PostMapping("/accreditation-files/{fileId}/standards/{number}/plan")
    String plan(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestParam(name = "assignee", required = false) UUID assignee,
            @RequestParam(name = "dueDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueDate, @RequestParam(name = "notes", required = false) String notes, RedirectAttributes flash) {
        return attempt(standardPath(fileId, number), flash, "selfassessment.plan.saved",
                () -> workflow.plan(fileId, number, assignee, dueDate, notes));
    }

    @PostMapping("/accreditation-files/{fileId}/standards/{number}/comments")
    String comment(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestParam(name = "body", required = false) String body, RedirectAttributes flash) {
        return attempt(standardPath(fileId, number) + "#comments", flash, "selfassessment.comment.added",
                () -> workflow.comment(fileId, number, body));
    }

    @PostMapping("/accreditation-files/{fileId}/standards/{number}/waiver-documents")
    String waiverDocument(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
        return attempt(standardPath(fileId, number), flash, "selfassessment.waiver.document.added", () -> {
            if (file == null || file.isEmpty()) {
                throw RuleViolation.onField("file", "selfassessment.waiver.document.required");
            }
            try (InputStream content = file.getInputStream()) {
                workflow.addWaiverDocument(fileId, number, file.getOriginalFilename(), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String standardPath(UUID fileId, String number) {
        return "/accreditation-files/" + fileId + "/standards/" + number;
    }

    /** Refusals by rule come back to the page as a message; not-found and forbidden answer as usual. */
    private static String attempt(String target, RedirectAttributes flash, String success, Runnable work) {
        return RefusalToPage.redirect(target, flash, success, work);
    }
}
