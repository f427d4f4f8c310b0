package org.acredita.standards.internal;

import java.util.List;
import java.util.UUID;

/**
 * Finds an edition's standards by number or words. A port so the full-text engine (today PostgreSQL's)
 * can change without touching the pages; callers go through {@link Manuals#search}, which checks access.
 */
public interface StandardSearch {

    /** At most this many standards are returned: a search narrower than a whole manual is the point. */
    int LIMIT = 200;

    List<Standard> search(UUID edition, SearchCriteria criteria);
}
