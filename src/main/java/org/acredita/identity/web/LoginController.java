package org.acredita.identity.web;

import org.acredita.identity.CurrentUser;
import org.acredita.identity.signin.ProviderSignIn;
import org.acredita.identity.signin.SignInProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: the password form (processed by Spring Security: fields username, password, _csrf) unless
 * passwords are turned off, and a button per usable provider (Spring Security's {@code /oauth2/authorization/{id}}).
 */
@Controller
class LoginController {

    /** Set by the sign-in failure handler (identity.security); read once here. */
    static final String LAST_USERNAME = "acredita.login.lastUsername";

    private static final java.util.Set<String> PROVIDER_ERRORS = java.util.Set.of("off", "unverified", "unknown",
            "ambiguous", "disabled", "failed");

    private final long coolDownMinutes;
    private final SignInProperties signIn;
    private final ProviderSignIn providers;

    LoginController(@Value("${acredita.security.login.cool-down:15m}") java.time.Duration coolDown,
            SignInProperties signIn, ProviderSignIn providers) {
        this.coolDownMinutes = coolDown.toMinutes();
        this.signIn = signIn;
        this.providers = providers;
    }

    /**
     * Reached only when Spring Security did not start the sign-in: the provider is unknown, turned off or its
     * discovery document cannot be read now.
     */
    @GetMapping("/oauth2/authorization/{id}")
    String providerUnavailable(@PathVariable("id") String id) {
        return "redirect:/login?error=provider-off";
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "logout", required = false) String logout,
            @RequestParam(name = "expired", required = false) String expired, Model model,
            jakarta.servlet.http.HttpServletRequest request, java.util.Locale locale) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        String message = null;
        if (error != null) {
            message = switch (error) {
                case "locked" -> "login.error.locked";
                case "disabled" -> "login.error.disabled";
                case "passwords-off" -> "login.error.passwordsOff";
                default -> error.startsWith("provider-") && PROVIDER_ERRORS.contains(error.substring(9))
                        ? "login.error.provider." + error.substring(9) : "login.error.bad";
            };
        }
        model.addAttribute("errorKey", message);
        var session = request.getSession(false);
        Object lastUsername = session == null ? null : session.getAttribute(LAST_USERNAME);
        if (session != null) {
            session.removeAttribute(LAST_USERNAME);
        }
        model.addAttribute("username", error != null && lastUsername != null ? lastUsername.toString() : "");
        model.addAttribute("coolDownMinutes", coolDownMinutes);
        model.addAttribute("passwords", signIn.passwords());
        model.addAttribute("providers", providers.usableProviders().stream()
                .map(p -> new ProviderButton(p.getKey(), p.getValue().displayName(locale))).toList());
        model.addAttribute("infoKey", logout != null ? "login.loggedOut" : expired != null ? "login.expired" : null);
        return "identity/login";
    }
}
