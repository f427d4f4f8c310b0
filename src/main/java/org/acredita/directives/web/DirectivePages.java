package org.acredita.directives.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.directives.internal.DirectiveCoverage;
import org.acredita.directives.internal.DirectiveDraft;
import org.acredita.directives.internal.Directives;
import org.acredita.directives.internal.Kind;
import org.acredita.directives.internal.SectionDraft;
import org.acredita.directives.internal.StandardCoverage;
import org.acredita.directives.internal.VersionDraft;
import org.acredita.standards.EditionStatus;
import org.acredita.standards.ManualEdition;
import org.acredita.selfassessment.WorkingEdition;
import org.acredita.standards.Manuals;
import org.acredita.standards.format.ManualDocument;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's directives: the list, one directive with its versions and sections, and the coverage of a manual. */
@Controller
class DirectivePages {

    private final Directives directives;
    private final DirectiveCoverage coverage;
    private final Manuals manuals;
    private final WorkingEdition workingEdition;

    DirectivePages(Directives directives, DirectiveCoverage coverage, Manuals manuals, WorkingEdition workingEdition) {
        this.directives = directives;
        this.coverage = coverage;
        this.manuals = manuals;
        this.workingEdition = workingEdition;
    }

    @GetMapping("/agencies/{id}/directives")
    String list(@PathVariable("id") UUID agencyId, @RequestParam(name = "edition", required = false) UUID edition,
            Model model) {
        model.addAttribute("summaries", directives.list(agencyId));
        model.addAttribute("agency", directives.agency(agencyId));
        ManualEdition chosen = edition(agencyId, edition);
        model.addAttribute("edition", chosen);
        model.addAttribute("editions", visibleEditions());
        model.addAttribute("totals", chosen == null ? null
                : DirectiveCoverage.Totals.of(coverage.coverage(agencyId, chosen.id())));
        model.addAttribute("canEdit", directives.mayEdit(agencyId));
        return "directives/list";
    }

    @GetMapping("/agencies/{id}/directives/coverage")
    String coverage(@PathVariable("id") UUID agencyId, @RequestParam(name = "edition", required = false) UUID edition,
            Model model) {
        model.addAttribute("agency", directives.agency(agencyId));
        ManualEdition chosen = edition(agencyId, edition);
        model.addAttribute("edition", chosen);
        model.addAttribute("editions", visibleEditions());
        if (chosen == null) {
            model.addAttribute("chapters", List.of());
            model.addAttribute("totals", new DirectiveCoverage.Totals(0, 0));
            return "directives/coverage";
        }
        Map<String, StandardCoverage> byStandard = coverage.coverage(agencyId, chosen.id());
        ManualDocument document = manuals.document(chosen.id());
        model.addAttribute("chapters", document.chapters().stream().map(chapter -> new ChapterCoverage(chapter,
                document.standards().stream().filter(s -> s.number().startsWith(chapter.number() + "."))
                        .filter(s -> byStandard.containsKey(s.number()))
                        .map(s -> new ChapterCoverage.Row(s, byStandard.get(s.number()))).toList()))
                .filter(c -> !c.standards().isEmpty()).toList());
        model.addAttribute("totals", DirectiveCoverage.Totals.of(byStandard));
        return "directives/coverage";
    }

    /** One standard's coverage, as a panel an accreditation file's standard page loads with htmx. */
    @GetMapping("/agencies/{id}/directives/coverage/{edition}/standards/{number}")
    String standardCoverage(@PathVariable("id") UUID agencyId, @PathVariable("edition") UUID edition,
            @PathVariable("number") String number, Model model) {
        model.addAttribute("agency", directives.agency(agencyId));
        model.addAttribute("coverage", coverage.coverage(agencyId, edition, number));
        model.addAttribute("canEdit", directives.mayEdit(agencyId));
        return "directives/standardCoverage";
    }

    /** The element checkboxes of the standard typed in the mapping picker, loaded with htmx. */
    @GetMapping("/agencies/{id}/directives/elements")
    String elements(@PathVariable("id") UUID agencyId, @RequestParam(name = "edition", required = false) UUID edition,
            @RequestParam(name = "standard", required = false) String standard,
            @RequestParam(name = "section", required = false) UUID section, Model model) {
        directives.agency(agencyId);
        model.addAttribute("standard", standard == null ? "" : standard.strip());
        model.addAttribute("letters", directives.elementsOf(edition, standard).orElse(null));
        model.addAttribute("section", section == null ? "new" : section.toString());
        return "directives/elements";
    }

    @GetMapping("/agencies/{id}/directives/{directiveId}")
    String directive(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId, Model model) {
        model.addAttribute("view", directives.directive(agencyId, directiveId));
        model.addAttribute("agency", directives.agency(agencyId));
        model.addAttribute("editions", visibleEditions());
        ManualEdition usual = edition(agencyId, null);
        model.addAttribute("usualEdition", usual == null ? null : usual.id());
        model.addAttribute("canEdit", directives.mayEdit(agencyId));
        return "directives/directive";
    }

    @PostMapping("/agencies/{id}/directives")
    String create(@PathVariable("id") UUID agencyId, @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "kind", required = false) Kind kind,
            @RequestParam(name = "owner", required = false) String owner, RedirectAttributes flash) {
        AtomicReference<UUID> created = new AtomicReference<>();
        String refused = RefusalToPage.redirect("/agencies/" + agencyId + "/directives", flash, "directives.created",
                () -> created.set(directives.create(agencyId, new DirectiveDraft(code, title, kind, owner)).id()));
        return created.get() == null ? refused : "redirect:/agencies/" + agencyId + "/directives/" + created.get();
    }

    @PostMapping("/agencies/{id}/directives/{directiveId}/versions")
    String startVersion(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @RequestParam(name = "label", required = false) String label,
            @RequestParam(name = "changeSummary", required = false) String changeSummary,
            @RequestParam(name = "body", required = false) String body,
            @RequestParam(name = "copySections", defaultValue = "false") boolean copySections, RedirectAttributes flash) {
        return attempt(agencyId, directiveId, flash, "directives.version.created", () -> directives.startVersion(
                agencyId, directiveId, new VersionDraft(label, changeSummary, body, copySections)));
    }

    @PostMapping("/agencies/{id}/directives/{directiveId}/versions/{versionId}/approval")
    String approve(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("versionId") UUID versionId, @RequestParam(name = "approvedBy", required = false) String by,
            @RequestParam(name = "approvedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate on, RedirectAttributes flash) {
        return attempt(agencyId, directiveId, flash, "directives.version.approved",
                () -> directives.approve(agencyId, directiveId, versionId, by, on));
    }

    @PostMapping("/agencies/{id}/directives/{directiveId}/versions/{versionId}/effect")
    String putInEffect(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("versionId") UUID versionId, @RequestParam(name = "effectiveDate", required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate, RedirectAttributes flash) {
        return attempt(agencyId, directiveId, flash, "directives.version.inEffect",
                () -> directives.putInEffect(agencyId, directiveId, versionId, effectiveDate));
    }

    @PostMapping("/agencies/{id}/directives/{directiveId}/versions/{versionId}/documents")
    String document(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("versionId") UUID versionId, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash) {
        return attempt(agencyId, directiveId, flash, "directives.document.added", () -> {
            if (file == null || file.isEmpty()) {
                throw RuleViolation.onField("file", "directives.document.required");
            }
            try (InputStream content = file.getInputStream()) {
                directives.addDocument(agencyId, directiveId, versionId, file.getOriginalFilename(), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/agencies/{id}/directives/{directiveId}/versions/{versionId}/sections")
    String addSection(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("versionId") UUID versionId, @RequestParam(name = "number", required = false) String number,
            @RequestParam(name = "heading", required = false) String heading,
            @RequestParam(name = "excerpt", required = false) String excerpt, RedirectAttributes flash) {
        return attempt(agencyId, directiveId, flash, "directives.section.added",
                () -> directives.addSection(agencyId, directiveId, versionId, new SectionDraft(number, heading, excerpt)));
    }

    @PostMapping("/agencies/{id}/directives/{directiveId}/sections/{sectionId}/mappings")
    String map(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("sectionId") UUID sectionId, @RequestParam(name = "edition", required = false) UUID edition,
            @RequestParam(name = "standard", required = false) String standard,
            @RequestParam(name = "elements", required = false) List<String> elements, RedirectAttributes flash) {
        return attempt(agencyId, directiveId, flash, "directives.mapping.added",
                () -> directives.map(agencyId, directiveId, sectionId, edition, standard, elements));
    }

    @PostMapping("/agencies/{id}/directives/{directiveId}/mappings/{mappingId}/removal")
    String unmap(@PathVariable("id") UUID agencyId, @PathVariable("directiveId") UUID directiveId,
            @PathVariable("mappingId") UUID mappingId, RedirectAttributes flash) {
        return attempt(agencyId, directiveId, flash, "directives.mapping.removed",
                () -> directives.unmap(agencyId, directiveId, mappingId));
    }

    /** Refusals by rule come back to the page as a message; not-found and forbidden answer as usual. */
    private static String attempt(UUID agencyId, UUID directiveId, RedirectAttributes flash, String success,
            Runnable work) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/directives/" + directiveId, flash, success, work);
    }

    private List<ManualEdition> visibleEditions() {
        return manuals.editions().stream().filter(e -> e.status() != EditionStatus.DRAFT).toList();
    }

    /**
     * The edition asked for, else the agency's own (its file's, else its programme's latest), else the one it maps to
     * most, else the first published one.
     */
    private ManualEdition edition(UUID agencyId, UUID asked) {
        if (asked != null) {
            return manuals.edition(asked);
        }
        return workingEdition.of(agencyId).or(() -> coverage.usualEdition(agencyId)).map(manuals::edition)
                .orElseGet(() -> visibleEditions().stream().findFirst().orElse(null));
    }
}
