package org.acredita.search.internal;

import java.util.UUID;

/** What someone searched for: words, optionally one kind of document and one agency, and the page. */
public record SearchQuery(String words, String kind, UUID agencyId, int page) {

    public static final int PAGE_SIZE = 20;
}
