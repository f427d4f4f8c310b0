package org.acredita.web.ui;

import java.util.ArrayList;
import java.util.List;
import org.acredita.access.Role;
import org.acredita.identity.SignedInUser;

/** The main navigation a role sees; pages still check access themselves. */
final class Navigation {

    private record Entry(String labelKey, String href, String icon) {
    }

    private Navigation() {
    }

    static List<Entry> entriesFor(SignedInUser user) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("nav.home", "/", "house"));
        if (user.organisation().isAgency()) {
            entries.add(new Entry("nav.myAgency", "/organisations/" + user.organisation().id(), "building"));
        } else {
            entries.add(new Entry("nav.programmes", "/programmes", "diagram-3"));
            entries.add(new Entry("nav.agencies", "/agencies", "shield"));
            entries.add(new Entry("nav.organisations", "/organisations", "buildings"));
        }
        if (user.has(Role.ADMIN) || user.has(Role.PROGRAMME_MANAGER) || user.has(Role.ASSESSOR)
                || user.has(Role.TEAM_LEADER) || user.has(Role.ADVISOR) || user.has(Role.REGIONAL_MANAGER)) {
            // Those who run assessments; an agency finds its own from its page, and funders and commissioners
            // read assessments once reports are released (a later step).
            entries.add(new Entry("nav.assessments", "/assessments", "clipboard-check"));
        }
        if (user.has(Role.ADMIN) || user.has(Role.PROGRAMME_MANAGER) || user.has(Role.COMMISSIONER)) {
            entries.add(new Entry("nav.commission", "/commission/meetings", "bank"));
        }
        entries.add(new Entry("nav.manuals", "/manuals", "journal-bookmark"));
        if (user.has(Role.ADMIN)) {
            entries.add(new Entry("nav.users", "/admin/users", "people"));
        }
        if (user.has(Role.ADMIN) || user.has(Role.AGENCY_CEO) || user.has(Role.ACCREDITATION_MANAGER)) {
            entries.add(new Entry("nav.audit", "/audit", "journal-check"));
        }
        return entries;
    }

    static List<NavItem> itemsFor(SignedInUser user, String path, Ui ui) {
        return entriesFor(user).stream()
                .map(e -> new NavItem(ui.t(e.labelKey()), e.href(), e.icon(), isActive(e.href(), path)))
                .toList();
    }

    private static boolean isActive(String href, String path) {
        return "/".equals(href) ? "/".equals(path) : path.startsWith(href);
    }
}
