package org.acredita.readiness.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.readiness.ReadinessAssessments;
import org.acredita.readiness.internal.Assessment;
import org.acredita.selfassessment.AgencyStandards;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the readiness page in one read-only transaction, reading the agency once and handing it along. */
@Service
class ReadinessViews {

    private final AgencyGate gate;
    private final ReadinessAssessments assessments;
    private final AgencyStandards standards;

    ReadinessViews(AgencyGate gate, ReadinessAssessments assessments, AgencyStandards standards) {
        this.gate = gate;
        this.assessments = assessments;
        this.standards = standards;
    }

    @Transactional(readOnly = true)
    public ReadinessOverview overview(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        List<Assessment> history = assessments.history(agency);
        List<Assessment> completed = history.stream().filter(Assessment::completed).toList();
        List<Assessment> newestFirst = new ArrayList<>(history);
        Collections.reverse(newestFirst);
        return new ReadinessOverview(agency, newestFirst, ProgressChart.of(completed), completed,
                AreaProgress.of(completed), completed.isEmpty() ? null : completed.get(completed.size() - 1),
                history.stream().filter(a -> !a.completed()).findFirst().orElse(null), assessments.mayRun(agency.id()),
                assessments.programmeOf(agency).orElse(null), standards.of(agency));
    }
}
