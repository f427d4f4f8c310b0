package org.acredita.identity.web;

import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.OrganisationKind;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.identity.UserManagement;
import org.acredita.identity.setup.FirstAdministrator;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One-time links used before anyone is signed in: the first administrator's setup link and the
 * invitation a new user follows to choose a password. Both act as the system, since no scope exists yet.
 */
@Controller
class OnboardingController {

    private final FirstAdministrator firstAdministrator;
    private final UserManagement users;

    OnboardingController(FirstAdministrator firstAdministrator, UserManagement users) {
        this.firstAdministrator = firstAdministrator;
        this.users = users;
    }

    @GetMapping("/setup/{secret}")
    String setupForm(@PathVariable("secret") String secret, Model model, jakarta.servlet.http.HttpServletResponse response) {
        boolean usable = CurrentScope.runAs(AccessScope.SYSTEM, () -> firstAdministrator.linkUsable(secret));
        if (!usable) {
            response.setStatus(HttpStatus.GONE.value());
        }
        model.addAttribute("usable", usable);
        model.addAttribute("secret", secret);
        return "identity/setup";
    }

    @PostMapping("/setup/{secret}")
    String setup(@PathVariable("secret") String secret, @RequestParam(name = "organisationName", required = false) String organisationName,
            @RequestParam(name = "kind", required = false) OrganisationKind kind,
            @RequestParam(name = "username", required = false) String username,
            @RequestParam(name = "displayName", required = false) String displayName,
            @RequestParam(name = "password", required = false) String password, RedirectAttributes flash) {
        try {
            CurrentScope.runAs(AccessScope.SYSTEM, () -> firstAdministrator.complete(secret, organisationName, kind,
                    username, displayName, password));
            flash.addFlashAttribute("success", "setup.done");
            return "redirect:/login";
        } catch (RuleViolation violation) {
            RefusalToPage.refuse(flash, violation);
            return "redirect:/setup/" + secret;
        }
    }

    @GetMapping("/invitation/{secret}")
    String invitationForm(@PathVariable("secret") String secret, Model model, jakarta.servlet.http.HttpServletResponse response) {
        var username = CurrentScope.runAs(AccessScope.SYSTEM, () -> users.invitedUsername(secret));
        if (username.isEmpty()) {
            response.setStatus(HttpStatus.GONE.value());
        }
        model.addAttribute("usable", username.isPresent());
        model.addAttribute("username", username.orElse(null));
        model.addAttribute("secret", secret);
        return "identity/invitation";
    }

    @PostMapping("/invitation/{secret}")
    String acceptInvitation(@PathVariable("secret") String secret,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "confirmPassword", required = false) String confirm, RedirectAttributes flash) {
        try {
            if (password == null || !password.equals(confirm)) {
                throw RuleViolation.onField("confirmPassword", "identity.password.mismatch");
            }
            CurrentScope.runAs(AccessScope.SYSTEM, () -> users.acceptInvitation(secret, password));
            flash.addFlashAttribute("success", "invitation.done");
            return "redirect:/login";
        } catch (RuleViolation violation) {
            RefusalToPage.refuse(flash, violation);
            return "redirect:/invitation/" + secret;
        }
    }
}
