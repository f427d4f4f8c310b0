package org.acredita.compliance.internal;

import org.acredita.compliance.ComplianceBlocker;
import java.util.List;
import java.util.Map;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;

/**
 * Where a file stands today: counts by status, per chapter and overall; mandatory and other-than-mandatory
 * standards met against the pass rule; whether it would pass and exactly what blocks it; overdue work.
 *
 * @param contents the file with its standards and the agency's today
 * @param overall met and applicable over both levels
 * @param otherNeeded how many more other-than-mandatory standards must be met to reach the threshold
 */
public record FileReadiness(FileContents contents, String agencyName, PassThreshold threshold, LevelCount mandatory,
        LevelCount otherThanMandatory, int otherNeeded, LevelCount overall, Map<StandardStatus, Integer> byStatus,
        List<ChapterCount> chapters, List<FileStandard> overdue, List<ComplianceBlocker> blockers, boolean wouldPass) {

    public FileReadiness {
        byStatus = Map.copyOf(byStatus);
        chapters = List.copyOf(chapters);
        overdue = List.copyOf(overdue);
        blockers = List.copyOf(blockers);
    }

    public int count(StandardStatus status) {
        return byStatus.getOrDefault(status, 0);
    }

    public int total() {
        return contents.standards().size();
    }

    /** Whether the other-than-mandatory standards reach the threshold on their own. */
    public boolean othersPass() {
        return otherNeeded == 0;
    }

    /**
     * Missing proofs per cycle year, summed over the blockers that report them (detail {@code missingByYear}, a map
     * of cycle year to count, as the proofs module gives MISSING_PROOF blockers); empty when none do.
     */
    public java.util.SortedMap<Integer, Integer> missingProofsByYear() {
        java.util.SortedMap<Integer, Integer> byYear = new java.util.TreeMap<>();
        for (ComplianceBlocker blocker : blockers) {
            if (blocker.details().get("missingByYear") instanceof Map<?, ?> years) {
                years.forEach((year, count) -> byYear.merge(Integer.valueOf(year.toString()),
                        ((Number) count).intValue(), Integer::sum));
            }
        }
        return byYear;
    }

    public boolean mandatoryPass() {
        return mandatory.met() == mandatory.applicable();
    }
}
