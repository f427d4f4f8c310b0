package org.acredita.assessments.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.agencies.AgencyAttention;
import org.acredita.assessments.Finding;
import org.springframework.stereotype.Component;

/** Overdue corrective actions on the agency's page, counted as the dashboard and reminders count them. */
@Component
class OverdueActionsAttention implements AgencyAttention {

    private final FindingWork work;

    OverdueActionsAttention(FindingWork work) {
        this.work = work;
    }

    @Override
    public List<Notice> at(UUID agencyId, LocalDate today) {
        Finding.Tally tally = work.tallies(List.of(agencyId), today).get(agencyId);
        if (tally == null || tally.overdue() == 0) {
            return List.of();
        }
        return List.of(new Notice("findings.attention.overdue", tally.overdue(),
                "/agencies/" + agencyId + "/assessments"));
    }
}
