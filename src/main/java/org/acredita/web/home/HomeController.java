package org.acredita.web.home;

import java.util.List;
import org.acredita.access.Role;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;


/** The home page: what each of the user's roles does here and what comes next for it. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        model.addAttribute("cards", user.roles().stream().sorted().map(role -> card(role, user)).toList());
        return "home/home";
    }

    private static HomeCard card(Role role, SignedInUser user) {
        String ownOrganisation = "/organisations/" + user.organisation().id();
        List<HomeCard.Link> links = switch (role) {
            case ADMIN -> List.of(new HomeCard.Link("nav.users", "/admin/users", "people"),
                    new HomeCard.Link("nav.organisations", "/organisations", "buildings"),
                    new HomeCard.Link("home.link.verifyAudit", "/audit", "shield-check"),
                    new HomeCard.Link("nav.geography", "/geo", "geo-alt"));
            case AGENCY_CEO, ACCREDITATION_MANAGER -> List.of(new HomeCard.Link("nav.myAgency", ownOrganisation, "building"),
                    new HomeCard.Link("nav.audit", "/audit", "journal-check"));
            case AGENCY_STAFF -> List.of(new HomeCard.Link("nav.myAgency", ownOrganisation, "building"));
            default -> List.of(new HomeCard.Link("nav.organisations", "/organisations", "buildings"));
        };
        return new HomeCard(role, links);
    }
}
