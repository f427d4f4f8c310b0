package org.acredita.assessments.web;

import java.util.List;
import java.util.UUID;
import org.acredita.access.NotFoundException;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentReports;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.ReportContent.Narrative;
import org.acredita.assessments.ReportVersion;
import org.acredita.identity.AgencyGate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the report page in one read-only transaction. */
@Service
class ReportViews {

    private final AssessmentReports reports;
    private final AgencyGate gate;

    ReportViews(AssessmentReports reports, AgencyGate gate) {
        this.reports = reports;
        this.gate = gate;
    }

    @Transactional(readOnly = true)
    public ReportPage of(UUID id, Integer version) {
        Assessment assessment = reports.assessment(id);
        List<ReportVersion> versions = reports.versions(id);
        boolean mayWrite = reports.mayWrite(assessment) && AssessmentReports.drafting(assessment.status());
        if (versions.isEmpty() && !mayWrite) {
            throw new NotFoundException();
        }
        ReportVersion shown = versions.isEmpty() ? null : reports.version(id, version);
        ReportVersion last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        Narrative narrative = last == null ? Narrative.EMPTY : last.content().narrative();
        boolean mayRelease = mayWrite && last != null && !last.released()
                && assessment.status() != AssessmentStatus.FINDINGS_TO_AGENCY;
        return new ReportPage(gate.readable(assessment.agencyId()), assessment, versions, shown, mayWrite, narrative,
                mayRelease);
    }
}
