package org.acredita.improvement.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.acredita.access.ForbiddenException;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.identity.Organisations;
import org.acredita.selfassessment.AgencyStandards;
import org.acredita.improvement.internal.Category;
import org.acredita.improvement.internal.ImprovementItem;
import org.acredita.improvement.internal.ImprovementPlans;
import org.acredita.improvement.internal.ItemDraft;
import org.acredita.improvement.internal.ItemView;
import org.acredita.improvement.internal.Priority;
import org.acredita.improvement.internal.Status;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's improvement plan page and the overview of plans across the agencies the caller sees. */
@Controller
class ImprovementPages {

    private final ImprovementPlans plans;
    private final Organisations organisations;
    private final AgencyStandards standards;

    ImprovementPages(ImprovementPlans plans, Organisations organisations, AgencyStandards standards) {
        this.plans = plans;
        this.organisations = organisations;
        this.standards = standards;
    }

    @GetMapping("/improvement-plans")
    String overview(Model model) {
        model.addAttribute("counts", plans.counts());
        return "improvement/overview";
    }

    @GetMapping("/agencies/{id}/improvement-plan")
    String plan(@PathVariable("id") UUID agencyId, Model model) {
        List<ItemView> items = plans.plan(agencyId);
        model.addAttribute("agency", organisations.get(agencyId));
        model.addAttribute("groups", Arrays.stream(Status.values())
                .map(status -> new StatusGroup(status, items.stream().filter(v -> v.item().status() == status).toList()))
                .toList());
        model.addAttribute("overdue", items.stream().filter(ItemView::overdue).count());
        model.addAttribute("canEdit", plans.mayEdit(agencyId));
        model.addAttribute("standards", standards.of(agencyId));
        return "improvement/plan";
    }

    /**
     * The new-action form on its own, filled in from what the link carries: a readiness gap's text and standards.
     * Nothing is written until the form is posted to the plan.
     */
    @GetMapping("/agencies/{id}/improvement-plan/new")
    String proposed(@PathVariable("id") UUID agencyId, @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "description", required = false) String description,
            @RequestParam(name = "linkedStandards", required = false) String linkedStandards, Model model) {
        model.addAttribute("agency", organisations.get(agencyId));
        if (!plans.mayEdit(agencyId)) {
            throw new ForbiddenException();
        }
        model.addAttribute("proposed", new ImprovementItem(null, agencyId, null, title, description, null, null,
                Priority.MEDIUM, Status.OPEN, ItemForm.standards(linkedStandards), null));
        return "improvement/new";
    }

    @PostMapping("/agencies/{id}/improvement-plan/items")
    String create(@PathVariable("id") UUID agencyId, ItemForm form, RedirectAttributes flash) {
        return attempt(agencyId, flash, "improvement.item.created", () -> plans.create(agencyId, form.draft()));
    }

    @PostMapping("/agencies/{id}/improvement-plan/items/{itemId}")
    String update(@PathVariable("id") UUID agencyId, @PathVariable("itemId") UUID itemId, ItemForm form,
            RedirectAttributes flash) {
        return attempt(agencyId, flash, "improvement.item.saved", () -> plans.update(agencyId, itemId, form.draft()));
    }

    @PostMapping("/agencies/{id}/improvement-plan/items/{itemId}/status")
    String status(@PathVariable("id") UUID agencyId, @PathVariable("itemId") UUID itemId,
            @RequestParam(name = "status", required = false) Status status,
            @RequestParam(name = "completedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate completedOn, RedirectAttributes flash) {
        return attempt(agencyId, flash, "improvement.item.saved",
                () -> plans.update(agencyId, itemId, ItemDraft.statusOnly(status, completedOn)));
    }

    @PostMapping("/agencies/{id}/improvement-plan/items/{itemId}/evidence")
    String evidence(@PathVariable("id") UUID agencyId, @PathVariable("itemId") UUID itemId,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
        return attempt(agencyId, flash, "improvement.evidence.added", () -> {
            if (file == null || file.isEmpty()) {
                throw RuleViolation.onField("file", "improvement.evidence.required");
            }
            try (InputStream content = file.getInputStream()) {
                plans.addEvidence(agencyId, itemId, file.getOriginalFilename(), content);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Refusals by rule come back to the page as a message; not-found and forbidden answer as usual. */
    private static String attempt(UUID agencyId, RedirectAttributes flash, String success, Runnable work) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/improvement-plan", flash, success, work);
    }

    /**
     * The add/edit form as posted. The form shows every current value, so a blank text field means "clear it";
     * a blank date keeps the current one.
     */
    record ItemForm(Category category, String title, String description, String owner,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate, Priority priority, Status status,
            String linkedStandards, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn) {

        ItemDraft draft() {
            return new ItemDraft(category, title == null ? "" : title, description == null ? "" : description,
                    owner == null ? "" : owner, dueDate, priority, status, standards(linkedStandards), completedOn);
        }

        private static List<String> standards(String typed) {
            return typed == null || typed.isBlank() ? List.of() : List.of(typed.strip().split("[,;\\s]+"));
        }
    }
}
