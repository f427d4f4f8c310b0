package org.acredita.search.internal;

import java.util.List;
import java.util.UUID;

/** A document that matched, with the agency it belongs to and where the words were found. */
public record SearchHit(UUID agencyId, String agencyName, String kind, String sourceId, String title, String link,
        List<SnippetPart> snippet) {

    /** The snippet as HTML: every part escaped, matches inside {@code <mark>}. */
    public String snippetHtml() {
        StringBuilder html = new StringBuilder();
        for (SnippetPart part : snippet) {
            String text = org.springframework.web.util.HtmlUtils.htmlEscape(part.text(), "UTF-8");
            html.append(part.highlighted() ? "<mark>" + text + "</mark>" : text);
        }
        return html.toString();
    }
}
