package org.acredita.selfassessment.internal;

import org.acredita.selfassessment.AccreditationFile;
import java.util.List;
import org.acredita.standards.ManualEdition;

/**
 * What moving a file to a new edition does: every applicable standard of the new edition with where it comes
 * from, its status before and after and what needs fresh review; and the earlier standards kept only for the
 * record (the new edition dropped them, or they no longer apply).
 */
public record MigrationPlan(AccreditationFile file, ManualEdition from, ManualEdition to, String tier,
        List<PlannedStandard> standards, List<String> retired) {

    public MigrationPlan {
        standards = List.copyOf(standards);
        retired = List.copyOf(retired);
    }

    public long carried() {
        return standards.stream().filter(standard -> standard.review() == PlannedStandard.Review.NONE).count();
    }

    public List<PlannedStandard> toReview() {
        return standards.stream().filter(standard -> standard.review().needed()).toList();
    }
}
