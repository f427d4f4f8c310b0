package org.acredita.assessments;

import java.util.UUID;
import org.acredita.access.NotFoundException;
import org.acredita.assessments.findings.FindingWork;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assessment's latest released report with its findings and public comment as they stand now, for whoever
 * reads the released report ({@link AssessmentReports}: programme staff and the team, the agency and its
 * advisors, commissioners, the funder of the agency's programme); anyone else, or before a release, not found.
 * Commissioners read no findings or comments elsewhere: the released report is what opens them.
 */
@Service
public class ReleasedReports {

    private final AssessmentReports reports;
    private final Assessments assessments;
    private final FindingWork findings;
    private final PublicComments comments;

    ReleasedReports(AssessmentReports reports, Assessments assessments, FindingWork findings,
            PublicComments comments) {
        this.reports = reports;
        this.assessments = assessments;
        this.findings = findings;
        this.comments = comments;
    }

    @Transactional(readOnly = true)
    public ReleasedReport latest(UUID assessmentId) {
        ReportVersion version = reports.version(assessmentId, null);
        if (!version.released()) {
            throw new NotFoundException();
        }
        Assessment assessment = reports.assessment(assessmentId);
        ReportContent.CommentSummary now = assessment.kind() == AssessmentKind.SITE_BASED_ASSESSMENT
                ? comments.summary(assessment, assessments.seesDetail(assessment)).forReport()
                : ReportContent.CommentSummary.NONE;
        return new ReleasedReport(version, findings.ofReleasedReport(assessment), now);
    }
}
