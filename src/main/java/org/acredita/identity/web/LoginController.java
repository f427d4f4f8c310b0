package org.acredita.identity.web;

import org.acredita.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; the form is processed by Spring Security (fields username, password, _csrf). */
@Controller
class LoginController {

    /** Set by the sign-in failure handler (identity.security); read once here. */
    static final String LAST_USERNAME = "acredita.login.lastUsername";

    private final long coolDownMinutes;

    LoginController(@Value("${acredita.security.login.cool-down:15m}") java.time.Duration coolDown) {
        this.coolDownMinutes = coolDown.toMinutes();
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "logout", required = false) String logout,
            @RequestParam(name = "expired", required = false) String expired, Model model,
            jakarta.servlet.http.HttpServletRequest request) {
        if (CurrentUser.get().isPresent()) {
            return "redirect:/";
        }
        String message = null;
        if (error != null) {
            message = switch (error) {
                case "locked" -> "login.error.locked";
                case "disabled" -> "login.error.disabled";
                default -> "login.error.bad";
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
        model.addAttribute("infoKey", logout != null ? "login.loggedOut" : expired != null ? "login.expired" : null);
        return "identity/login";
    }
}
