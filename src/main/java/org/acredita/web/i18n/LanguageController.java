package org.acredita.web.i18n;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.SupportedLocales;
import org.acredita.identity.UserManagement;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Switches the language: saved on the user when signed in, in a cookie before sign-in. */
@Controller
class LanguageController {

    private final UserManagement users;
    private final UserLocaleResolver locales;

    LanguageController(UserManagement users, UserLocaleResolver locales) {
        this.users = users;
        this.locales = locales;
    }

    @PostMapping("/language")
    String switchLanguage(@RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "redirect", required = false) String redirect, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes flash) {
        Optional<String> supported = SupportedLocales.match(lang);
        if (supported.isEmpty()) {
            flash.addFlashAttribute("error", "language.unsupported");
            flash.addFlashAttribute("errorArgs", new Object[] {String.valueOf(lang), String.join(", ", SupportedLocales.ALL)});
        } else {
            if (CurrentUser.of(request).isPresent()) {
                users.changeOwnLocale(supported.get());
            }
            locales.setLocale(request, response, Locale.forLanguageTag(supported.get()));
        }
        return "redirect:" + safeLocalPath(redirect);
    }

    /** Only same-site paths: never an open redirect to another host. */
    static String safeLocalPath(String redirect) {
        if (redirect == null || !redirect.startsWith("/") || redirect.startsWith("//") || redirect.contains("\\")
                || redirect.startsWith("/language") || redirect.startsWith("/error")) {
            return "/";
        }
        return redirect;
    }
}
