package org.acredita.audit.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Filters and page for reading the audit log; every filter is optional (null).
 *
 * @param action exact action code, any case, e.g. {@code user_created}
 * @param actor part of the actor's name, any case
 * @param agencyId only events of this agency
 * @param from only events at or after this instant
 * @param to only events before this instant
 * @param page zero-based page number
 * @param size events per page, 1 to {@value #MAX_SIZE}
 */
public record AuditQuery(String action, String actor, UUID agencyId, Instant from, Instant to, int page,
        int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("The page number starts at 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("The page size is between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The period must start before it ends");
        }
        action = blankToNull(action) == null ? null : action.trim().toUpperCase(Locale.ROOT);
        actor = blankToNull(actor) == null ? null : actor.trim();
    }

    /** Every event the reader may see, one page of them. */
    public static AuditQuery page(int page, int size) {
        return new AuditQuery(null, null, null, null, null, page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
