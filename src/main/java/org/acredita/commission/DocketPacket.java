package org.acredita.commission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Finding.ActionState;
import org.acredita.assessments.ReleasedReport;
import org.acredita.assessments.ReportContent;
import org.acredita.assessments.Verdict;

/**
 * What a panel reads before hearing one docket item: the meeting and the item, the released report it is heard on
 * with its findings, the agency's corrective actions and the public comment as they stand now, and the figures
 * computed from them.
 *
 * @param report null when the item is heard on the agency's award (condition review, suspension), not a report
 * @param today the day the packet was printed, in the meeting's time zone (what is overdue is counted against it)
 */
public record DocketPacket(Meeting meeting, DocketItem item, ReleasedReport report, Instant printedAt,
        LocalDate today) {

    /** The compliance figures: standards in scope by verdict over all levels. */
    public record Figures(int inScope, int inCompliance, int notInCompliance, int notApplicable, int corrected,
            int undecided) {

        /** Of the standards that apply and were decided, the share in compliance (corrected ones count), in %. */
        public int compliancePercent() {
            int decided = inCompliance + notInCompliance + corrected;
            return decided == 0 ? 0 : Math.round(100f * (inCompliance + corrected) / decided);
        }
    }

    /** How the agency answered the findings: with a corrective action, verified, waiting, returned, overdue. */
    public record Response(int findings, int answered, int verified, int underReview, int returned, int overdue) {
    }

    public Figures figures() {
        List<ReportContent.Result> levels = report.report().content().levels();
        return new Figures(levels.stream().mapToInt(ReportContent.Result::inScope).sum(),
                count(levels, Verdict.IN_COMPLIANCE.name()), count(levels, Verdict.NOT_IN_COMPLIANCE.name()),
                count(levels, Verdict.NOT_APPLICABLE.name()), count(levels, Verdict.CORRECTED_DURING_ASSESSMENT.name()),
                count(levels, ReportContent.UNDECIDED));
    }

    public Response response() {
        List<Finding> findings = report.findings();
        int answered = 0;
        int verified = 0;
        int underReview = 0;
        int returned = 0;
        int overdue = 0;
        for (Finding finding : findings) {
            Finding.CorrectiveAction action = finding.action();
            if (action == null) {
                continue;
            }
            answered++;
            verified += action.state() == ActionState.VERIFIED ? 1 : 0;
            underReview += action.state() == ActionState.UNDER_REVIEW ? 1 : 0;
            returned += action.state() == ActionState.RETURNED ? 1 : 0;
            overdue += action.overdue(today) ? 1 : 0;
        }
        return new Response(findings.size(), answered, verified, underReview, returned, overdue);
    }

    private static int count(List<ReportContent.Result> levels, String verdict) {
        return levels.stream().mapToInt(level -> level.count(verdict)).sum();
    }
}
