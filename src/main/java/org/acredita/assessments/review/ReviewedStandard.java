package org.acredita.assessments.review;

import java.util.List;
import org.acredita.assessments.RecordedVerdict;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.standards.Text;

/**
 * A frozen standard of the scope with its current verdicts: the snapshot's fields as before, then the verdict on
 * the standard itself (null while undecided) and those on its elements.
 */
public record ReviewedStandard(String number, int chapter, Text title, String level, String status, String reason,
        List<SnapshotStandard.Section> sections, List<SnapshotStandard.ProofRef> proofs, RecordedVerdict verdict,
        List<RecordedVerdict> elementVerdicts) {

    public static ReviewedStandard of(SnapshotStandard s, List<RecordedVerdict> verdicts) {
        return new ReviewedStandard(s.number(), s.chapter(), s.title(), s.level(), s.status(), s.reason(),
                s.sections(), s.proofs(), verdicts.stream().filter(RecordedVerdict::onStandard).findFirst()
                        .orElse(null),
                verdicts.stream().filter(v -> !v.onStandard()).toList());
    }
}
