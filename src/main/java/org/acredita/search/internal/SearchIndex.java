package org.acredita.search.internal;

import org.acredita.search.SearchDocument;
import java.util.List;

/**
 * The search port. The PostgreSQL implementation is the default; another (OpenSearch, for large
 * deployments) can replace it. Implementations keep each agency's documents apart: they return only
 * documents of agencies the current scope may read.
 */
public interface SearchIndex {

    /** Adds the document, or replaces the one with the same kind and source id. */
    void put(SearchDocument document);

    void remove(java.util.UUID agencyId, String kind, String sourceId);

    /**
     * Matching documents, best first; agency names are filled in by the caller.
     *
     * @param within the agencies whose documents may be returned, or null for every agency
     */
    List<SearchHit> search(SearchQuery query, java.util.Set<java.util.UUID> within, int limit);
}
