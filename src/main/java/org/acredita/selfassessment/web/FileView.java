package org.acredita.selfassessment.web;

import java.util.List;
import java.util.Map;
import org.acredita.identity.Organisation;
import org.acredita.identity.StaffMember;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.internal.RetiredStandard;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Text;

/**
 * Everything the agency's file page shows, read in one transaction by {@link FileViews}; the figures are
 * computed here so the template only renders. Without a file, only the agency and {@code mayOpen} are set.
 */
public record FileView(Organisation agency, boolean mayOpen, FileContents contents, ManualEdition edition,
        Text tierName, List<ChapterProgress> chapters, Summary summary, ListFilter filter, List<FileStandard> shown,
        boolean mayPlan, List<StaffMember> people, List<RetiredStandard> retired,
        Map<String, Map<Integer, Integer>> proofCounts) {

    /** The cycle years a standard's proofs are counted in. */
    static final int CYCLE_YEARS = 4;

    /**
     * The figures above the lists: ready for review, returned, overdue. Progress (met of applicable) is the
     * compliance module's, loaded into the page from {@code /accreditation-files/{id}/readiness/progress}.
     */
    public record Summary(int readyForReview, int returned, int overdue) {

        static Summary of(List<ChapterProgress> chapters, int overdue) {
            int review = 0;
            int returned = 0;
            for (ChapterProgress chapter : chapters) {
                review += chapter.readyForReview();
                returned += chapter.returned();
            }
            return new Summary(review, returned, overdue);
        }
    }

    static FileView none(Organisation agency, boolean mayOpen) {
        return new FileView(agency, mayOpen, null, null, null, List.of(), null, null, List.of(), false, List.of(),
                List.of(), Map.of());
    }

    public boolean hasFile() {
        return contents != null;
    }

    public AccreditationFile file() {
        return contents.file();
    }

    /** Where the file's own pages (standards, readiness, migration, export) hang. */
    public String fileBase() {
        return "/accreditation-files/" + contents.file().id();
    }

    /** Due and not done by the agency's today. */
    public boolean late(FileStandard standard) {
        return standard.overdueOn(contents.today());
    }

    /** The assignee's name, or null when nobody is assigned. */
    public String assigneeName(FileStandard standard) {
        return contents.nameOf(standard.assigneeId());
    }

    /** A cycle year and how many proofs a standard has in it. */
    public record YearCount(int year, int count) {
    }

    /** Proofs per cycle year 1–4 (zero where a year has none), or empty when the standard has no proof at all. */
    public List<YearCount> proofYears(FileStandard standard) {
        Map<Integer, Integer> counts = proofCounts.getOrDefault(standard.number(), Map.of());
        if (counts.isEmpty()) {
            return List.of();
        }
        return java.util.stream.IntStream.rangeClosed(1, CYCLE_YEARS)
                .mapToObj(year -> new YearCount(year, counts.getOrDefault(year, 0))).toList();
    }
}
