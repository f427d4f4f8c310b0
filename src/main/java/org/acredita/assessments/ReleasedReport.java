package org.acredita.assessments;

import java.util.List;

/**
 * What the Commission reads of an assessment before a hearing: the latest released report as released, and where
 * its findings and the public comment stand now (corrective actions go on being answered and verified after the
 * release).
 *
 * @param findings the findings with their current corrective action, in standard order
 * @param comments the public comment now (none for an assessment without a site visit)
 */
public record ReleasedReport(ReportVersion report, List<Finding> findings, ReportContent.CommentSummary comments) {

    public ReleasedReport {
        findings = List.copyOf(findings);
    }
}
