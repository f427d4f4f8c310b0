package org.acredita.audit.internal;

import java.util.List;

/**
 * One page of audit events, newest first.
 *
 * @param page zero-based page number
 * @param total how many events match the filters over all pages
 */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
