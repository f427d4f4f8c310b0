package org.acredita.compliance;

import org.acredita.selfassessment.FileContents;

/**
 * A file's "would we pass today?" in brief, for other modules' summaries (the home inbox): the same figures,
 * with the same definitions, as the file's compliance page.
 *
 * @param contents the file with its standards and the agency's today
 * @param met standards met over both levels (in compliance, or waived with a waiver still running)
 * @param applicable standards that count (not accepted as not applicable)
 * @param percent whole percent met, rounded down
 * @param blockers how many things stop the file passing today
 * @param overdue open assignments past their due date
 */
public record FileCompliance(FileContents contents, String agencyName, boolean wouldPass, int met, int applicable,
        int percent, int mandatoryMet, int mandatoryApplicable, int thresholdPercent, int blockers, int overdue) {

    /** The page that says why, blocker by blocker. */
    public String link() {
        return "/accreditation-files/" + contents.file().id() + "/readiness";
    }
}
