package org.acredita.programmes.web;

import java.time.LocalDate;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.access.OrganisationKind;
import org.acredita.access.RuleViolation;
import org.acredita.identity.Organisations;
import org.acredita.programmes.Programme;
import org.acredita.programmes.Programmes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programmes list, a programme's page (details, settings, goals, cohorts, agencies) and its form. */
@Controller
class ProgrammePages {

    private final ProgrammeViews views;
    private final Programmes programmes;
    private final Organisations organisations;

    ProgrammePages(ProgrammeViews views, Programmes programmes, Organisations organisations) {
        this.views = views;
        this.programmes = programmes;
        this.organisations = organisations;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("programmes", programmes.visible());
        model.addAttribute("canManage", programmes.mayManage());
        return "programmes/list";
    }

    @GetMapping("/programmes/new")
    String newForm(Model model) {
        return form(model, null, ProgrammeForm.blank());
    }

    @PostMapping("/programmes")
    String create(ProgrammeForm form, RedirectAttributes flash) {
        try {
            Programme created = programmes.create(form.draft());
            flash.addFlashAttribute("success", "programmes.saved");
            return "redirect:/programmes/" + created.id();
        } catch (RuleViolation violation) {
            RefusalToPage.refuse(flash, violation);
            return "redirect:/programmes/new";
        }
    }

    @GetMapping("/programmes/{id}/edit")
    String editForm(@PathVariable("id") UUID id, Model model) {
        Programme programme = programmes.get(id);
        return form(model, programme, ProgrammeForm.of(programme));
    }

    @PostMapping("/programmes/{id}")
    String update(@PathVariable("id") UUID id, ProgrammeForm form, RedirectAttributes flash) {
        try {
            programmes.update(id, form.draft());
            flash.addFlashAttribute("success", "programmes.saved");
            return "redirect:/programmes/" + id;
        } catch (RuleViolation violation) {
            RefusalToPage.refuse(flash, violation);
            return "redirect:/programmes/" + id + "/edit";
        }
    }

    @GetMapping("/programmes/{id}")
    String overview(@PathVariable("id") UUID id, Model model) {
        model.addAttribute("view", views.overview(id));
        return "programmes/overview";
    }

    @PostMapping("/programmes/{id}/cohorts")
    String addCohort(@PathVariable("id") UUID id, @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "startsOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate startsOn, RedirectAttributes flash) {
        return attempt(id, flash, "programmes.cohort.created", () -> programmes.addCohort(id, name, startsOn));
    }

    @PostMapping("/programmes/{id}/agencies")
    String enrol(@PathVariable("id") UUID id, @RequestParam(name = "agencyId", required = false) UUID agencyId,
            @RequestParam(name = "cohortId", required = false) UUID cohortId,
            @RequestParam(name = "joinedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate joinedOn, RedirectAttributes flash) {
        return attempt(id, flash, "programmes.member.saved", () -> {
            if (agencyId == null) {
                throw RuleViolation.onField("agencyId", "programmes.member.agencyRequired");
            }
            programmes.enrol(id, agencyId, cohortId, joinedOn);
        });
    }

    @PostMapping("/programmes/{id}/agencies/{agencyId}/advisors")
    String advisors(@PathVariable("id") UUID id, @PathVariable("agencyId") UUID agencyId,
            @RequestParam(name = "leadAdvisorId", required = false) UUID lead,
            @RequestParam(name = "secondAdvisorId", required = false) UUID second,
            @RequestParam(name = "regionalManagerId", required = false) UUID regional, RedirectAttributes flash) {
        return attempt(id, flash, "programmes.advisors.saved", () -> programmes.staff(id, agencyId, lead, second,
                regional));
    }

    private String form(Model model, Programme programme, ProgrammeForm form) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("funders", partners(OrganisationKind.FUNDER));
        model.addAttribute("advisories", partners(OrganisationKind.ADVISORY));
        model.addAttribute("accreditors", partners(OrganisationKind.ACCREDITOR));
        return "programmes/form";
    }

    private java.util.List<org.acredita.identity.Organisation> partners(OrganisationKind kind) {
        return organisations.visible().stream().filter(o -> o.kind() == kind).toList();
    }

    private static String attempt(UUID id, RedirectAttributes flash, String success, Runnable work) {
        return RefusalToPage.redirect("/programmes/" + id, flash, success, work);
    }
}
