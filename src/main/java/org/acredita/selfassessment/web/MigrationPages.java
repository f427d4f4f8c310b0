package org.acredita.selfassessment.web;

import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.identity.Organisations;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileMigration;
import org.acredita.selfassessment.internal.MigrationPlan;
import org.acredita.standards.Manuals;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Moving a file to a new edition: choose the edition, read the plan, then move (the accreditation body). */
@Controller
class MigrationPages {

    private final FileMigration migration;
    private final AccreditationFiles files;
    private final Organisations organisations;
    private final Manuals manuals;

    MigrationPages(FileMigration migration, AccreditationFiles files, Organisations organisations, Manuals manuals) {
        this.migration = migration;
        this.files = files;
        this.organisations = organisations;
        this.manuals = manuals;
    }

    @GetMapping("/accreditation-files/{fileId}/migration")
    String plan(@PathVariable("fileId") UUID fileId, @RequestParam(name = "to", required = false) UUID to,
            Model model) {
        AccreditationFile file = files.file(fileId);
        MigrationPlan plan = null;
        String error = null;
        if (to != null) {
            try {
                plan = migration.plan(fileId, to);
            } catch (RuleViolation violation) {
                error = violation.messageKey();
            }
        } else if (!files.mayOpen(file.agencyId())) {
            throw new org.acredita.access.ForbiddenException();
        }
        model.addAttribute("file", file);
        model.addAttribute("agency", organisations.get(file.agencyId()));
        model.addAttribute("current", manuals.edition(file.editionId()));
        model.addAttribute("targets", migration.targets(fileId));
        model.addAttribute("plan", plan);
        model.addAttribute("planError", error);
        return "selfassessment/migration";
    }

    @PostMapping("/accreditation-files/{fileId}/migration")
    String migrate(@PathVariable("fileId") UUID fileId, @RequestParam(name = "to", required = false) UUID to,
            RedirectAttributes flash) {
        AccreditationFile file = files.file(fileId);
        try {
            MigrationPlan plan = migration.migrate(fileId, to);
            flash.addFlashAttribute("success", "selfassessment.migration.done");
            flash.addFlashAttribute("successArgs", new Object[] {plan.to().code() + " "
                    + plan.to().version(), plan.carried(), plan.toReview().size(), plan.retired().size()});
            return "redirect:/agencies/" + file.agencyId() + "/accreditation";
        } catch (RuleViolation violation) {
            RefusalToPage.refuse(flash, violation);
            return "redirect:/accreditation-files/" + fileId + "/migration" + (to == null ? "" : "?to=" + to);
        }
    }
}
