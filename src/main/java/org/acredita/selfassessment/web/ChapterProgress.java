package org.acredita.selfassessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;

/**
 * A chapter's standards and how many wait for the accreditation body or were returned. How many are met is the
 * compliance module's figure (met of applicable), loaded into the file page from there.
 */
public record ChapterProgress(int chapter, int total, int readyForReview, int returned) {

    static List<ChapterProgress> of(List<FileStandard> standards) {
        Map<Integer, int[]> counts = new TreeMap<>();
        for (FileStandard standard : standards) {
            int[] count = counts.computeIfAbsent(standard.chapter(), chapter -> new int[3]);
            count[0]++;
            if (standard.status() == StandardStatus.READY_FOR_REVIEW) {
                count[1]++;
            }
            if (standard.status() == StandardStatus.RETURNED) {
                count[2]++;
            }
        }
        List<ChapterProgress> progress = new ArrayList<>();
        counts.forEach((chapter, count) -> progress.add(new ChapterProgress(chapter, count[0], count[1], count[2])));
        return progress;
    }
}
