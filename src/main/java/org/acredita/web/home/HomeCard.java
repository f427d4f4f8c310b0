package org.acredita.web.home;

import java.util.List;
import org.acredita.access.Role;

/** One card of the home page per role: its texts are under home.role.ROLE.* in the bundles. */
public record HomeCard(Role role, List<Link> links) {

    public record Link(String labelKey, String href, String icon) {
    }
}
