package org.acredita.selfassessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;

/**
 * A chapter's standards and how many are settled: in compliance, or not applicable / waived as the
 * accreditation body accepted.
 */
public record ChapterProgress(int chapter, int total, int settled, int readyForReview, int returned) {

    public int percent() {
        return total == 0 ? 0 : Math.round(100f * settled / total);
    }

    static List<ChapterProgress> of(List<FileStandard> standards) {
        Map<Integer, int[]> counts = new TreeMap<>();
        for (FileStandard standard : standards) {
            int[] count = counts.computeIfAbsent(standard.chapter(), chapter -> new int[4]);
            count[0]++;
            if (settled(standard.status())) {
                count[1]++;
            }
            if (standard.status() == StandardStatus.READY_FOR_REVIEW) {
                count[2]++;
            }
            if (standard.status() == StandardStatus.RETURNED) {
                count[3]++;
            }
        }
        List<ChapterProgress> progress = new ArrayList<>();
        counts.forEach((chapter, count) -> progress.add(new ChapterProgress(chapter, count[0], count[1], count[2],
                count[3])));
        return progress;
    }

    public static boolean settled(StandardStatus status) {
        return status == StandardStatus.IN_COMPLIANCE || status == StandardStatus.NOT_APPLICABLE
                || status == StandardStatus.WAIVED;
    }
}
