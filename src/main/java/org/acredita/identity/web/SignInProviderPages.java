package org.acredita.identity.web;

import java.util.Locale;
import java.util.UUID;
import org.acredita.access.CurrentScope;
import org.acredita.access.RefusalToPage;
import org.acredita.access.Role;
import org.acredita.identity.Organisations;
import org.acredita.identity.signin.SignInAdministration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators' page of the sign-in providers: turning one off or on, and whom each may give an account. */
@Controller
class SignInProviderPages {

    static final String PAGE = "/admin/sign-in";

    private final SignInAdministration administration;
    private final Organisations organisations;

    SignInProviderPages(SignInAdministration administration, Organisations organisations) {
        this.administration = administration;
        this.organisations = organisations;
    }

    @GetMapping(PAGE)
    String show(Model model, Locale locale) {
        CurrentScope.get().requireRole(Role.ADMIN);
        model.addAttribute("providers", administration.providers(locale));
        model.addAttribute("passwords", administration.passwords());
        model.addAttribute("organisations", organisations.visible());
        model.addAttribute("roles", java.util.Arrays.stream(Role.values()).filter(r -> r != Role.ADMIN).toList());
        return "identity/sign-in-providers";
    }

    @PostMapping(PAGE + "/{provider}/enabled")
    String turn(@PathVariable("provider") String provider, @RequestParam("enabled") boolean enabled,
            RedirectAttributes flash) {
        return RefusalToPage.redirect(PAGE, flash, enabled ? "signIn.provider.turnedOn" : "signIn.provider.turnedOff",
                () -> administration.turn(provider, enabled));
    }

    @PostMapping(PAGE + "/provisioning")
    String allow(@RequestParam(name = "provider", required = false) String provider,
            @RequestParam(name = "emailDomain", required = false) String emailDomain,
            @RequestParam(name = "organisationId", required = false) UUID organisationId,
            @RequestParam(name = "role", required = false) Role role, RedirectAttributes flash) {
        return RefusalToPage.redirect(PAGE, flash, "signIn.provisioning.allowed",
                () -> administration.allowProvisioning(provider, emailDomain, organisationId, role));
    }

    @PostMapping(PAGE + "/{provider}/provisioning/{emailDomain}/remove")
    String disallow(@PathVariable("provider") String provider, @PathVariable("emailDomain") String emailDomain,
            RedirectAttributes flash) {
        return RefusalToPage.redirect(PAGE, flash, "signIn.provisioning.revoked",
                () -> administration.disallowProvisioning(provider, emailDomain));
    }
}
