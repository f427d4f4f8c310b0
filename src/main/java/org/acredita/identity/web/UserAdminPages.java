package org.acredita.identity.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.acredita.access.CurrentScope;
import org.acredita.access.RefusalToPage;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.identity.internal.CreatedUser;
import org.acredita.identity.internal.NewUser;
import org.acredita.identity.Organisations;
import org.acredita.identity.UserManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administrators' pages: users, inviting them, granting and revoking roles, agency assignments. */
@Controller
class UserAdminPages {

    private final UserViews views;
    private final UserManagement users;
    private final Organisations organisations;

    UserAdminPages(UserViews views, UserManagement users, Organisations organisations) {
        this.views = views;
        this.users = users;
        this.organisations = organisations;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(name = "organisation", required = false) UUID organisationId, Model model) {
        model.addAttribute("users", users.list(organisationId));
        model.addAttribute("organisations", organisations.visible());
        model.addAttribute("selectedOrganisation", organisationId);
        model.addAttribute("now", java.time.Instant.now());
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    String createForm(Model model) {
        CurrentScope.get().requireRole(Role.ADMIN);
        return form(model);
    }

    @PostMapping("/admin/users")
    String create(@RequestParam(name = "username", required = false) String username,
            @RequestParam(name = "displayName", required = false) String displayName,
            @RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "locale", required = false) String locale,
            @RequestParam(name = "organisationId", required = false) UUID organisationId,
            @RequestParam(name = "roles", required = false) List<Role> roles,
            @RequestParam(name = "password", required = false) String password, RedirectAttributes flash) {
        AtomicReference<CreatedUser> created = new AtomicReference<>();
        String refused = RefusalToPage.redirect("/admin/users/new", flash, "user.created", () -> {
            Set<Role> granted = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
            created.set(users.create(new NewUser(username, displayName, email, locale, organisationId, granted,
                    password)));
        });
        CreatedUser user = created.get();
        if (user == null) {
            return refused;
        }
        flash.addFlashAttribute("success", user.invitationPath() == null ? "user.created" : "user.invited");
        flash.addFlashAttribute("invitationPath", user.invitationPath() == null ? null
                : ServletUriComponentsBuilder.fromCurrentContextPath().path(user.invitationPath()).toUriString());
        return "redirect:/admin/users/" + user.id();
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable("id") UUID id, Model model) {
        model.addAttribute("view", views.show(id));
        if (!model.containsAttribute("invitationPath")) {
            model.addAttribute("invitationPath", null);
        }
        model.addAttribute("now", java.time.Instant.now());
        return "identity/user";
    }

    @PostMapping("/admin/users/{id}/roles")
    String grant(@PathVariable("id") UUID id, @RequestParam("role") Role role, RedirectAttributes flash) {
        return act(id, flash, "user.roleGranted", () -> users.grantRole(id, role));
    }

    @PostMapping("/admin/users/{id}/roles/{role}/revoke")
    String revoke(@PathVariable("id") UUID id, @PathVariable("role") Role role, RedirectAttributes flash) {
        return act(id, flash, "user.roleRevoked", () -> users.revokeRole(id, role));
    }

    @PostMapping("/admin/users/{id}/assignments")
    String assign(@PathVariable("id") UUID id, @RequestParam(name = "agencyId", required = false) UUID agencyId,
            RedirectAttributes flash) {
        return act(id, flash, "user.assigned", () -> {
            if (agencyId == null) {
                throw RuleViolation.onField("agencyId", "identity.assignment.notAgency");
            }
            users.assignAgency(id, agencyId);
        });
    }

    @PostMapping("/admin/users/{id}/assignments/{agencyId}/remove")
    String unassign(@PathVariable("id") UUID id, @PathVariable("agencyId") UUID agencyId, RedirectAttributes flash) {
        return act(id, flash, "user.unassigned", () -> users.unassignAgency(id, agencyId));
    }

    @PostMapping("/admin/users/{id}/enabled")
    String enable(@PathVariable("id") UUID id, @RequestParam("enabled") boolean enabled, RedirectAttributes flash) {
        return act(id, flash, enabled ? "user.enabled" : "user.disabled", () -> users.setEnabled(id, enabled));
    }

    private static String act(UUID id, RedirectAttributes flash, String successKey, Runnable action) {
        return RefusalToPage.redirect("/admin/users/" + id, flash, successKey, action);
    }

    private String form(Model model) {
        model.addAttribute("organisations", organisations.visible());
        model.addAttribute("roles", Role.values());
        return "identity/user-new";
    }
}
