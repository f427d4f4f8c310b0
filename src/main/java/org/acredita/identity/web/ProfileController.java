package org.acredita.identity.web;

import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.identity.internal.AccessTokens;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.security.OtherSessions;
import org.acredita.identity.UserManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own page: password, language, e-mail address and personal access tokens. */
@Controller
class ProfileController {

    private final UserManagement users;
    private final AccessTokens tokens;
    private final OtherSessions otherSessions;

    /** Without local passwords (providers only) there is no password to change. */
    private final boolean passwords;

    ProfileController(UserManagement users, AccessTokens tokens, OtherSessions otherSessions,
            org.acredita.identity.signin.SignInProperties signIn) {
        this.passwords = signIn.passwords();
        this.users = users;
        this.tokens = tokens;
        this.otherSessions = otherSessions;
    }

    @GetMapping("/profile")
    String profile(Model model) {
        model.addAttribute("tokens", tokens.mine());
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("email", users.ownEmail());
        model.addAttribute("passwords", passwords);
        if (!model.containsAttribute("newToken")) {
            model.addAttribute("newToken", null);
        }
        return "identity/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(@RequestParam(name = "currentPassword", required = false) String current,
            @RequestParam(name = "newPassword", required = false) String next,
            @RequestParam(name = "confirmPassword", required = false) String confirm, RedirectAttributes flash,
            jakarta.servlet.http.HttpServletRequest request) {
        return RefusalToPage.redirect("/profile", flash, "profile.password.changed", () -> {
            if (next == null || !next.equals(confirm)) {
                throw RuleViolation.onField("confirmPassword", "identity.password.mismatch");
            }
            users.changeOwnPassword(current, next);
            // Whoever may have learned the old password loses the sessions they opened with it.
            CurrentUser.of(request).ifPresent(user ->
                    otherSessions.endAllBut(user.username(), request.getSession().getId()));
        });
    }

    @PostMapping("/profile/email")
    String changeEmail(@RequestParam(name = "email", required = false) String email, RedirectAttributes flash) {
        return RefusalToPage.redirect("/profile", flash, "profile.email.changed", () -> users.changeOwnEmail(email));
    }

    @PostMapping("/profile/tokens")
    String createToken(@RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "expiresInDays", required = false) Integer days, RedirectAttributes flash) {
        return RefusalToPage.redirect("/profile", flash, "profile.token.created",
                () -> flash.addFlashAttribute("newToken", tokens.create(name, days)));
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(@PathVariable("id") UUID id, RedirectAttributes flash) {
        tokens.revoke(id);
        flash.addFlashAttribute("success", "profile.token.revoked");
        return "redirect:/profile";
    }
}
