package org.acredita.compliance.internal;

import java.util.Map;
import org.acredita.selfassessment.StandardStatus;

/** A chapter's standards by status, and how many of the applicable ones are met. */
public record ChapterCount(int chapter, int total, Map<StandardStatus, Integer> byStatus, LevelCount met) {

    public ChapterCount {
        byStatus = Map.copyOf(byStatus);
    }

    public int count(StandardStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
