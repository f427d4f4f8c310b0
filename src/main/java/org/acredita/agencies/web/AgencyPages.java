package org.acredita.agencies.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.internal.AgencyContact;
import org.acredita.agencies.AgencyContacts;
import org.acredita.agencies.internal.AgencyFilter;
import org.acredita.agencies.internal.AgencyPage;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.AgencyProfile;
import org.acredita.agencies.GovernmentLevel;
import org.acredita.agencies.Phase;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The agencies list (filtered and paged) and an agency's profile with its contacts and accreditation managers. */
@Controller
class AgencyPages {

    private final AgencyViews views;
    private final Agencies agencies;
    private final AgencyContacts contacts;

    AgencyPages(AgencyViews views, Agencies agencies, AgencyContacts contacts) {
        this.views = views;
        this.agencies = agencies;
        this.contacts = contacts;
    }

    @GetMapping("/agencies")
    String list(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "phase", required = false) Phase phase,
            @RequestParam(name = "kind", required = false) AgencyKind kind,
            @RequestParam(name = "state", required = false) String state,
            @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
        AgencyFilter filter = new AgencyFilter(text, phase, kind, state);
        AgencyPage found = agencies.search(filter, page, Agencies.PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("page", found);
        model.addAttribute("links", PageLinks.of(filter, found));
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("phases", Phase.values());
        return "agencies/list";
    }

    @GetMapping("/agencies/{id}/profile")
    String profile(@PathVariable("id") UUID id, Model model) {
        model.addAttribute("view", views.profile(id));
        return "agencies/profile";
    }

    @PostMapping("/agencies/{id}/profile")
    String save(@PathVariable("id") UUID id, @RequestParam(name = "kind", required = false) AgencyKind kind,
            @RequestParam(name = "centreType", required = false) AgencyKind.CentreType centreType,
            @RequestParam(name = "level", required = false) GovernmentLevel level,
            @RequestParam(name = "stateCode", required = false) String stateCode,
            @RequestParam(name = "municipalityCode", required = false) String municipalityCode,
            @RequestParam(name = "parentSecretariat", required = false) String parentSecretariat,
            @RequestParam(name = "swornPersonnel", defaultValue = "0") int sworn,
            @RequestParam(name = "civilianPersonnel", defaultValue = "0") int civilian,
            @RequestParam(name = "populationServed", required = false) Integer population,
            @RequestParam(name = "functions", required = false) List<String> functions,
            @RequestParam(name = "chiefExecutive", required = false) String chiefExecutive,
            @RequestParam(name = "preferredLanguage", required = false) String language, RedirectAttributes flash) {
        return changed(id, "", flash, "agencies.profile.saved", () -> agencies.saveProfile(new AgencyProfile(id, kind,
                kind == AgencyKind.COMMUNICATIONS_CENTRE ? centreType : null, level, stateCode, municipalityCode,
                parentSecretariat, sworn, civilian, population, functions, chiefExecutive, language)));
    }

    @PostMapping("/agencies/{id}/managers")
    String handOver(@PathVariable("id") UUID id, @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "startedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate startedOn, @RequestParam(name = "notes", required = false) String notes,
            RedirectAttributes flash) {
        return changed(id, "#managers", flash, "agencies.manager.recorded",
                () -> agencies.handOver(id, name, email, startedOn, notes));
    }

    @PostMapping("/agencies/{id}/contacts")
    String addContact(@PathVariable("id") UUID id, ContactForm form, RedirectAttributes flash) {
        return changed(id, "#contacts", flash, "agencies.contact.added", () -> contacts.add(id, form.details()));
    }

    @PostMapping("/agencies/{id}/contacts/{contactId}")
    String editContact(@PathVariable("id") UUID id, @PathVariable("contactId") long contactId, ContactForm form,
            RedirectAttributes flash) {
        return changed(id, "#contacts", flash, "agencies.contact.changed", () -> contacts.edit(id, contactId, form.details()));
    }

    @PostMapping("/agencies/{id}/contacts/{contactId}/remove")
    String removeContact(@PathVariable("id") UUID id, @PathVariable("contactId") long contactId,
            RedirectAttributes flash) {
        return changed(id, "#contacts", flash, "agencies.contact.removed", () -> contacts.remove(id, contactId));
    }

    /** The contact form's fields; an unticked checkbox sends nothing. */
    record ContactForm(String name, String position, String email, String phone, String notes, Boolean primary) {

        AgencyContact.Details details() {
            return new AgencyContact.Details(name, position, email, phone, notes, primary);
        }
    }

    /**
     * Makes a change and goes back to the profile, at the changed section, saying how it went; a refused form comes
     * back with what was typed and the message beside its field.
     */
    private static String changed(UUID id, String section, RedirectAttributes flash, String success, Runnable change) {
        return RefusalToPage.redirect("/agencies/" + id + "/profile" + section, flash, success, change);
    }
}
