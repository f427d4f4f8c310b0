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

    private final long coolDownMinutes;

    LoginController(@Value("${acredita.security.login.cool-down:15m}") java.time.Duration coolDown) {
        this.coolDownMinutes = coolDown.toMinutes();
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "logout", required = false) String logout,
            @RequestParam(name = "expired", required = false) String expired, Model model) {
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
        model.addAttribute("coolDownMinutes", coolDownMinutes);
        model.addAttribute("infoKey", logout != null ? "login.loggedOut" : expired != null ? "login.expired" : null);
        return "identity/login";
    }
}
