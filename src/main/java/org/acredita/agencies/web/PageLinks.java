package org.acredita.agencies.web;

import java.util.ArrayList;
import java.util.List;
import org.acredita.agencies.internal.AgencyFilter;
import org.acredita.agencies.internal.AgencyPage;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list's pagination: links that keep the filter, the first and last page, and two pages either
 * side of the current one; a gap (number 0) stands for the pages left out.
 */
public record PageLinks(String previous, String next, List<Link> pages) {

    public record Link(int number, String href, boolean current) {

        public boolean gap() {
            return number == 0;
        }
    }

    static PageLinks of(AgencyFilter filter, AgencyPage page) {
        List<Link> links = new ArrayList<>();
        int last = page.pages();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page.number()) <= 2) {
                links.add(new Link(n, href(filter, n), n == page.number()));
            } else if (links.isEmpty() || !links.get(links.size() - 1).gap()) {
                links.add(new Link(0, null, false));
            }
        }
        return new PageLinks(page.hasPrevious() ? href(filter, page.number() - 1) : null,
                page.hasNext() ? href(filter, page.number() + 1) : null, List.copyOf(links));
    }

    /** The list's address with this filter, for links from here and from other pages. */
    static String href(AgencyFilter filter, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/agencies");
        if (filter.text() != null) {
            uri.queryParam("q", filter.text());
        }
        if (filter.state() != null) {
            uri.queryParam("state", filter.state());
        }
        if (filter.kind() != null) {
            uri.queryParam("kind", filter.kind().name());
        }
        if (filter.phase() != null) {
            uri.queryParam("phase", filter.phase().name());
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
