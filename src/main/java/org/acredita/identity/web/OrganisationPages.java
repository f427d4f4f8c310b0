package org.acredita.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.OrganisationKind;
import org.acredita.access.RefusalToPage;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.internal.UserAccount;
import org.acredita.identity.UserManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation pages: the list the caller may see, one organisation, and creating or editing one. */
@Controller
class OrganisationPages {

    private final Organisations organisations;
    private final UserManagement users;

    OrganisationPages(Organisations organisations, UserManagement users) {
        this.organisations = organisations;
        this.users = users;
    }

    @GetMapping("/organisations")
    String list(Model model) {
        model.addAttribute("organisations", byKind(organisations.visible()));
        model.addAttribute("canCreate", CurrentScope.get().isAdmin());
        return "identity/organisations";
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable("id") UUID id, Model model) {
        Organisation organisation = organisations.get(id);
        AccessScope scope = CurrentScope.get();
        List<UserAccount> members = scope.isAdmin() ? users.list(id) : List.of();
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", members);
        model.addAttribute("canEdit", organisations.mayEdit(organisation));
        model.addAttribute("canRename", organisations.mayRename(organisation));
        model.addAttribute("documents", organisations.documents(id));
        model.addAttribute("canUpload", organisations.mayKeepDocuments(organisation));
        return "identity/organisation";
    }

    @GetMapping("/admin/organisations/new")
    String createForm(Model model) {
        CurrentScope.get().requireRole(Role.ADMIN);
        model.addAttribute("kinds", OrganisationKind.values());
        return "identity/organisation-new";
    }

    @PostMapping("/admin/organisations")
    String create(@RequestParam(name = "kind", required = false) OrganisationKind kind,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "stateCode", required = false) String stateCode,
            @RequestParam(name = "timeZone", required = false) String timeZone, RedirectAttributes flash) {
        try {
            Organisation created = organisations.create(kind, name, stateCode, timeZone);
            flash.addFlashAttribute("success", "organisation.created");
            return "redirect:/organisations/" + created.id();
        } catch (RuleViolation violation) {
            RefusalToPage.refuse(flash, violation);
            return "redirect:/admin/organisations/new";
        }
    }

    @PostMapping("/organisations/{id}")
    String update(@PathVariable("id") UUID id, @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "stateCode", required = false) String stateCode,
            @RequestParam(name = "timeZone", required = false) String timeZone, RedirectAttributes flash) {
        return RefusalToPage.redirect("/organisations/" + id, flash, "organisation.updated",
                () -> organisations.update(id, name, stateCode, timeZone));
    }

    @PostMapping("/organisations/{id}/documents")
    String upload(@PathVariable("id") UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash) {
        return RefusalToPage.redirect("/organisations/" + id + "#documents", flash, "organisation.document.added",
                () -> {
                    if (file == null || file.isEmpty()) {
                        throw RuleViolation.onField("file", "storage.file.required");
                    }
                    try (InputStream content = file.getInputStream()) {
                        organisations.addDocument(id, file.getOriginalFilename(), content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @PostMapping("/organisations/{id}/documents/{fileId}/remove")
    String removeDocument(@PathVariable("id") UUID id, @PathVariable("fileId") UUID fileId, RedirectAttributes flash) {
        organisations.removeDocument(id, fileId);
        flash.addFlashAttribute("success", "organisation.document.removed");
        return "redirect:/organisations/" + id + "#documents";
    }

    /** The visible organisations grouped by kind, in the kinds' order; kinds without one are left out. */
    private static Map<OrganisationKind, List<Organisation>> byKind(List<Organisation> visible) {
        Map<OrganisationKind, List<Organisation>> byKind = new EnumMap<>(OrganisationKind.class);
        for (Organisation organisation : visible) {
            byKind.computeIfAbsent(organisation.kind(), kind -> new ArrayList<>()).add(organisation);
        }
        return byKind;
    }
}
