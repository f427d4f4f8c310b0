package org.acredita.search.internal;

import java.util.List;

/** A page of hits, best first, and whether another page follows. */
public record SearchResults(SearchQuery query, List<SearchHit> hits, boolean more) {
}
