package org.acredita.search;

import org.acredita.search.internal.SearchHit;
import org.acredita.search.internal.SearchIndex;
import org.acredita.search.internal.SearchQuery;
import org.acredita.search.internal.SearchResults;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching and feeding the index. Modules that keep documents index them inside their own change
 * (so the index never lists what was rolled back) and remove them when the document goes; a file's
 * words are extracted ({@link TextExtraction}) before that change's transaction begins, so only the
 * row is written inside it. Anyone signed in searches, and sees only documents of agencies their
 * scope reaches.
 */
@Service
public class Search {

    private static final int MAX_PAGE = 50;

    private final SearchIndex index;

    Search(SearchIndex index) {
        this.index = index;
    }

    @Transactional(readOnly = true)
    public SearchResults search(SearchQuery requested) {
        AccessScope scope = CurrentScope.get();
        String words = requested.words() == null ? "" : requested.words().strip();
        if (words.length() < 2 || words.length() > 200) {
            throw RuleViolation.onField("q", "search.words.invalid", "2", "200");
        }
        if (requested.page() < 0 || requested.page() > MAX_PAGE) {
            throw RuleViolation.onField("page", "search.page.invalid", String.valueOf(MAX_PAGE));
        }
        if (requested.agencyId() != null) {
            scope.requireRead(requested.agencyId());
        }
        SearchQuery query = new SearchQuery(words, blankToNull(requested.kind()), requested.agencyId(),
                requested.page());
        java.util.Set<UUID> within = scope.read().all() || scope.write().all() ? null
                : scope.read().union(scope.write()).agencies();
        List<SearchHit> found = index.search(query, within, SearchQuery.PAGE_SIZE + 1).stream()
                .filter(hit -> scope.canRead(hit.agencyId())).toList();
        return new SearchResults(query, found.stream().limit(SearchQuery.PAGE_SIZE).toList(),
                found.size() > SearchQuery.PAGE_SIZE);
    }

    /** Adds or replaces a document of an agency the caller may change. */
    @Transactional
    public void index(SearchDocument document) {
        CurrentScope.get().requireWrite(document.agencyId());
        if (document.kind() == null || !document.kind().matches("[a-z][a-z-]{1,40}") || document.sourceId() == null
                || document.title() == null || document.title().isBlank()) {
            throw new IllegalArgumentException("A search document needs a kind, a source id and a title");
        }
        String title = document.title().strip();
        index.put(new SearchDocument(document.agencyId(), document.kind(), document.sourceId(),
                title.length() > 500 ? title.substring(0, 500) : title, document.body(), document.link()));
    }

    @Transactional
    public void remove(UUID agencyId, String kind, String sourceId) {
        CurrentScope.get().requireWrite(agencyId);
        index.remove(agencyId, kind, sourceId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
