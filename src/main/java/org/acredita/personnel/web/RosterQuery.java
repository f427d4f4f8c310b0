package org.acredita.personnel.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.acredita.personnel.PersonStatus;

/** The roster's filters, echoed into the page's search form and paging links. */
public record RosterQuery(String words, UUID unit, PersonStatus status) {

    public String link(int page) {
        StringBuilder query = new StringBuilder("?page=").append(page);
        if (words != null && !words.isBlank()) {
            query.append("&q=").append(URLEncoder.encode(words, StandardCharsets.UTF_8));
        }
        if (unit != null) {
            query.append("&unit=").append(unit);
        }
        if (status != null) {
            query.append("&status=").append(status.name());
        }
        return query.toString();
    }
}
