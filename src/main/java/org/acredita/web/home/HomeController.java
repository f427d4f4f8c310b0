package org.acredita.web.home;

import java.util.Locale;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the signed-in person's work of the day, for each of their roles, each item linking to its page. */
@Controller
class HomeController {

    private final Inboxes inboxes;

    HomeController(Inboxes inboxes) {
        this.inboxes = inboxes;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        model.addAttribute("inbox", inboxes.of(user, locale));
        return "home/home";
    }
}
