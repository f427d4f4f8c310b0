package org.acredita.assessments;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.assessments.findings.FindingWork;
import org.springframework.stereotype.Service;

/**
 * What other modules read of findings (the report, the commission, reminders, dashboards): an assessment's
 * findings with their corrective action and state, overdue corrective actions, and open and overdue counts per
 * agency. Each answers only what the caller may see.
 */
@Service
public class Findings {

    private final FindingWork work;

    Findings(FindingWork work) {
        this.work = work;
    }

    /** The assessment's findings the caller may see, in standard order, each with its current corrective action. */
    public List<Finding> of(UUID assessmentId) {
        return work.of(assessmentId);
    }

    /** Corrective actions past their due date and not verified, in the agencies the caller reads. */
    public List<Finding.Overdue> overdue(LocalDate today) {
        return work.overdue(today);
    }

    /** Findings sent to each agency and still pending, and how many of those have an overdue corrective action. */
    public Map<UUID, Finding.Tally> tallies(Collection<UUID> agencyIds, LocalDate today) {
        return work.tallies(agencyIds, today);
    }
}
