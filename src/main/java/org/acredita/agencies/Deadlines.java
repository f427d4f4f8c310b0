package org.acredita.agencies;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.agencies.internal.DeadlineQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated obligations of the agencies the caller may read: self-assessment deadlines while the
 * agency works on its files, and award expiries while it holds an award. Read-only; soonest first.
 * Row-level security filters the rows, and the caller's scope is checked again here.
 */
@Service
public class Deadlines {

    private final DeadlineQueries queries;

    Deadlines(DeadlineQueries queries) {
        this.queries = queries;
    }

    /** Deadlines falling between the two dates, both included. */
    @Transactional(readOnly = true)
    public List<Deadline> dueBetween(LocalDate from, LocalDate to) {
        return readable(queries.between(from, to, null));
    }

    /** As {@link #dueBetween(LocalDate, LocalDate)}, for these agencies only (e.g. a dashboard's page). */
    @Transactional(readOnly = true)
    public List<Deadline> dueBetween(LocalDate from, LocalDate to, Collection<UUID> agencyIds) {
        return agencyIds.isEmpty() ? List.of() : readable(queries.between(from, to, agencyIds));
    }

    /** Deadlines already passed on this day and still binding (the phase has not moved on). */
    @Transactional(readOnly = true)
    public List<Deadline> overdue(LocalDate today) {
        return readable(queries.between(LocalDate.of(1900, 1, 1), today.minusDays(1), null));
    }

    @Transactional(readOnly = true)
    public List<Deadline> overdue(LocalDate today, Collection<UUID> agencyIds) {
        return agencyIds.isEmpty() ? List.of()
                : readable(queries.between(LocalDate.of(1900, 1, 1), today.minusDays(1), agencyIds));
    }

    private static List<Deadline> readable(List<Deadline> deadlines) {
        AccessScope scope = CurrentScope.get();
        return deadlines.stream().filter(deadline -> scope.canRead(deadline.agencyId())).toList();
    }
}
