package org.acredita.improvement;

import java.time.LocalDate;
import java.util.List;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.improvement.internal.OverdueItemQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Overdue action items across the agencies the caller may read, for reminders and dashboards.
 * Read-only; row-level security filters the rows and the caller's scope is checked again here.
 */
@Service
public class OverdueItems {

    private final OverdueItemQueries queries;

    OverdueItems(OverdueItemQueries queries) {
        this.queries = queries;
    }

    /** Items open or in progress whose due date is before this day, oldest due first. */
    @Transactional(readOnly = true)
    public List<OverdueItem> on(LocalDate today) {
        AccessScope scope = CurrentScope.get();
        return queries.dueBefore(today).stream().filter(item -> scope.canRead(item.agencyId())).toList();
    }
}
