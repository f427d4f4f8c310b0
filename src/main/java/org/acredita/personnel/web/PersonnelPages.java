package org.acredita.personnel.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import jakarta.servlet.http.HttpServletResponse;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RefusedWithProblems;
import org.acredita.identity.Organisations;
import org.acredita.personnel.Person;
import org.acredita.personnel.PersonStatus;
import org.acredita.personnel.Rosters;
import org.acredita.personnel.internal.PersonDraft;
import org.acredita.personnel.internal.RosterEditing;
import org.acredita.personnel.internal.RosterFile;
import org.acredita.personnel.internal.RosterImports;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The roster page (a list that becomes cards on a phone), a person's page, the import preview and the lists. */
@Controller
class PersonnelPages {

    private static final int PAGE_SIZE = 50;

    private final Rosters rosters;
    private final RosterEditing editing;
    private final RosterImports imports;
    private final Organisations organisations;

    PersonnelPages(Rosters rosters, RosterEditing editing, RosterImports imports, Organisations organisations) {
        this.rosters = rosters;
        this.editing = editing;
        this.imports = imports;
        this.organisations = organisations;
    }

    @GetMapping("/agencies/{id}/personnel")
    String roster(@PathVariable("id") UUID agencyId, @RequestParam(name = "q", required = false) String words,
            @RequestParam(name = "unit", required = false) UUID unit,
            @RequestParam(name = "status", required = false) PersonStatus status,
            @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        List<Person> people = rosters.people(agencyId, status, unit, words);
        int pages = Math.max(1, (people.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        model.addAttribute("agency", organisations.get(agencyId));
        model.addAttribute("people", people.subList((shown - 1) * PAGE_SIZE, Math.min(people.size(), shown * PAGE_SIZE)));
        model.addAttribute("total", people.size());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("query", new RosterQuery(words, unit, status));
        model.addAttribute("units", rosters.units(agencyId));
        model.addAttribute("ranks", rosters.ranks(agencyId));
        model.addAttribute("canEdit", rosters.mayEdit(agencyId));
        return "personnel/roster";
    }

    @GetMapping("/agencies/{id}/personnel/{personId}")
    String person(@PathVariable("id") UUID agencyId, @PathVariable("personId") UUID personId, Model model) {
        model.addAttribute("person", rosters.person(agencyId, personId).orElseThrow(NotFoundException::new));
        model.addAttribute("agency", organisations.get(agencyId));
        model.addAttribute("units", rosters.units(agencyId));
        model.addAttribute("ranks", rosters.ranks(agencyId));
        model.addAttribute("canEdit", rosters.mayEdit(agencyId));
        return "personnel/person";
    }

    @PostMapping("/agencies/{id}/personnel")
    String add(@PathVariable("id") UUID agencyId, PersonForm form, RedirectAttributes flash) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/personnel", flash, "personnel.person.added",
                () -> editing.add(agencyId, form.draft()));
    }

    @PostMapping("/agencies/{id}/personnel/{personId}")
    String update(@PathVariable("id") UUID agencyId, @PathVariable("personId") UUID personId, PersonForm form,
            RedirectAttributes flash) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/personnel/" + personId, flash,
                "personnel.person.saved", () -> editing.update(agencyId, personId, form.draft()));
    }

    /** Checks the file and shows what it would change, or every problem at its row and column; nothing changes. */
    @PostMapping("/agencies/{id}/personnel/imports")
    String preview(@PathVariable("id") UUID agencyId, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("agency", organisations.get(agencyId));
        if (!rosters.mayEdit(agencyId)) {
            throw new ForbiddenException();
        }
        try {
            if (file == null || file.isEmpty()) {
                throw RefusedWithProblems.because(RosterFile.REFUSED, "", "personnel.import.noFile");
            }
            RosterFile.checkSize(file.getSize());
            model.addAttribute("staged", imports.stage(agencyId, file.getOriginalFilename(), file.getBytes()));
            model.addAttribute("refusal", null);
        } catch (RefusedWithProblems refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("staged", null);
            model.addAttribute("refusal", refused);
        }
        return "personnel/preview";
    }

    @PostMapping("/agencies/{id}/personnel/imports/{importId}")
    String commit(@PathVariable("id") UUID agencyId, @PathVariable("importId") UUID importId,
            @RequestParam(name = "newPeople", defaultValue = "0") long newPeople,
            @RequestParam(name = "changed", defaultValue = "0") long changed,
            @RequestParam(name = "separated", defaultValue = "0") long separated, RedirectAttributes flash) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/personnel", flash, "personnel.import.done",
                () -> imports.commit(agencyId, importId, newPeople, changed, separated));
    }

    @GetMapping("/agencies/{id}/personnel/lists")
    String lists(@PathVariable("id") UUID agencyId, Model model) {
        model.addAttribute("agency", organisations.get(agencyId));
        model.addAttribute("units", rosters.units(agencyId));
        model.addAttribute("ranks", rosters.ranks(agencyId));
        model.addAttribute("canEdit", rosters.mayEdit(agencyId));
        return "personnel/lists";
    }

    @PostMapping("/agencies/{id}/personnel/lists/{list}")
    String addToList(@PathVariable("id") UUID agencyId, @PathVariable("list") String list,
            @RequestParam(name = "name", required = false) String name, RedirectAttributes flash) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/personnel/lists", flash, "personnel.list.added",
                () -> {
                    switch (list) {
                        case "units" -> editing.addUnit(agencyId, name);
                        case "ranks" -> editing.addRank(agencyId, name);
                        default -> throw new NotFoundException();
                    }
                });
    }

    @PostMapping("/agencies/{id}/personnel/lists/{list}/{entryId}/remove")
    String removeFromList(@PathVariable("id") UUID agencyId, @PathVariable("list") String list,
            @PathVariable("entryId") UUID entryId, RedirectAttributes flash) {
        if (!list.equals("units") && !list.equals("ranks")) {
            throw new NotFoundException();
        }
        return RefusalToPage.redirect("/agencies/" + agencyId + "/personnel/lists", flash, "personnel.list.removed",
                () -> editing.remove(agencyId, list.equals("units") ? "unit" : "rank", entryId));
    }

    record PersonForm(String employeeNumber, String name, String rank, String unit, String position,
            PersonStatus status, String email, String phone) {

        PersonDraft draft() {
            return new PersonDraft(employeeNumber, name, rank, unit, position, status, email, phone);
        }
    }
}
