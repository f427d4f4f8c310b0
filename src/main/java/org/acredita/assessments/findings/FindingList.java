package org.acredita.assessments.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Finding.State;
import org.acredita.identity.Organisation;

/**
 * An assessment's findings page.
 *
 * @param state the state filtered on, or null for all
 * @param counts how many findings stand in each state (before filtering)
 */
public record FindingList(Organisation agency, Assessment assessment, List<Finding> findings, State state,
        Map<State, Long> counts, LocalDate today) {

    public long count(State of) {
        return counts.getOrDefault(of, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean overdue(Finding finding) {
        return finding.action() != null && finding.action().overdue(today);
    }
}
