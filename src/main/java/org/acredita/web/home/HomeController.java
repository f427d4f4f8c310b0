package org.acredita.web.home;

import java.util.List;
import org.acredita.access.Role;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.AgencySummary;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;


/** The home page: what each of the user's roles does here and what comes next for it. */
@Controller
class HomeController {

    private final Agencies agencies;
    private final AgencyLifecycle lifecycle;

    HomeController(Agencies agencies, AgencyLifecycle lifecycle) {
        this.agencies = agencies;
        this.lifecycle = lifecycle;
    }

    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = CurrentUser.get().orElseThrow();
        model.addAttribute("cards", user.roles().stream().sorted().map(role -> card(role, user)).toList());
        if (user.organisation().isAgency()) {
            model.addAttribute("enrolments", lifecycle.enrolments(user.organisation().id()).stream()
                    .filter(e -> !e.phase().isFinal()).toList());
            model.addAttribute("phases", java.util.Map.of());
        } else {
            model.addAttribute("enrolments", java.util.List.of());
            model.addAttribute("phases", agencies.visible().stream().filter(a -> a.phase() != null)
                    .collect(java.util.stream.Collectors.groupingBy(AgencySummary::phase, java.util.TreeMap::new,
                            java.util.stream.Collectors.counting())));
        }
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
                    new HomeCard.Link("agencies.open", "/agencies/" + user.organisation().id(), "signpost-split"),
                    new HomeCard.Link("improvement.title", "/agencies/" + user.organisation().id() + "/improvement-plan",
                            "list-check"),
                    new HomeCard.Link("nav.audit", "/audit", "journal-check"));
            case AGENCY_STAFF -> List.of(new HomeCard.Link("nav.myAgency", ownOrganisation, "building"));
            case ADVISOR, REGIONAL_MANAGER, PROGRAMME_MANAGER, FUNDER_OFFICER -> List.of(
                    new HomeCard.Link("agencies.list.title", "/agencies", "shield"),
                    new HomeCard.Link("assistance.totals.title", "/assistance", "clock-history"),
                    new HomeCard.Link("compliance.overview.title", "/accreditation/overview", "clipboard-check"),
                    new HomeCard.Link("improvement.overview.title", "/improvement-plans", "list-check"));
            default -> List.of(new HomeCard.Link("nav.organisations", "/organisations", "buildings"));
        };
        return new HomeCard(role, links);
    }
}
