package org.acredita.selfassessment;

import java.time.LocalDate;
import java.util.List;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.selfassessment.internal.DueWorkQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated work in every accreditation file the caller may read, for reminders: assignments due and
 * waivers ending. Read-only, soonest first; one query each across all agencies (the reminder sweep reads
 * them as the system). Row-level security filters the rows, and the caller's scope is checked again here.
 */
@Service
public class DueWork {

    private final DueWorkQueries queries;

    DueWork(DueWorkQueries queries) {
        this.queries = queries;
    }

    /**
     * Open work (not started, in progress or returned) with an assignee and a due date on or before this
     * day, overdue ones included.
     */
    @Transactional(readOnly = true)
    public List<DueStandard> assignmentsDueBy(LocalDate until) {
        return readable(queries.assignmentsDueBy(until));
    }

    /** Waived standards whose waiver's last day is on or before this day, ended ones included. */
    @Transactional(readOnly = true)
    public List<DueStandard> waiversEndingBy(LocalDate until) {
        return readable(queries.waiversEndingBy(until));
    }

    private static List<DueStandard> readable(List<DueStandard> standards) {
        AccessScope scope = CurrentScope.get();
        return standards.stream().filter(standard -> scope.canRead(standard.agencyId())).toList();
    }
}
