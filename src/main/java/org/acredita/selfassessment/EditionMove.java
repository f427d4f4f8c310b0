package org.acredita.selfassessment;

import org.acredita.selfassessment.internal.PlannedStandard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.acredita.selfassessment.internal.PlannedStandard.Review;
import org.acredita.standards.Relationship;
import org.acredita.standards.format.ManualDocument;

/**
 * The rules of moving a file to a new edition. The new edition's crosswalk says which earlier standards each new
 * one comes from; standards it does not mention are matched by number. A standard carried with the same
 * requirement and text keeps its status, request and waiver; a changed one keeps its people, dates and notes, but
 * accepted work goes back to in progress for a fresh review and a not-applicable decision or waiver ends.
 */
final class EditionMove {

    private static final List<StandardStatus> ADVANCEMENT = List.of(StandardStatus.NOT_STARTED,
            StandardStatus.RETURNED, StandardStatus.IN_PROGRESS, StandardStatus.READY_FOR_REVIEW,
            StandardStatus.IN_COMPLIANCE, StandardStatus.NOT_APPLICABLE, StandardStatus.WAIVED);

    private EditionMove() {
    }

    /** One new standard: the plan line and the record it continues with, as it will be written. */
    record Step(PlannedStandard planned, FileStandard result) {
    }

    /**
     * @param current    the file's standards now
     * @param oldTexts   the current edition's standards by number
     * @param newTexts   the new edition's standards by number
     * @param applicable the new edition's standards that apply to the agency (not started), in order
     * @param crosswalk  the new edition's crosswalk from the current edition, or null
     */
    static List<Step> plan(List<FileStandard> current, Map<String, ManualDocument.Standard> oldTexts,
            Map<String, ManualDocument.Standard> newTexts, List<FileStandard> applicable,
            ManualDocument.Crosswalk crosswalk) {
        Map<String, FileStandard> old = new LinkedHashMap<>();
        current.forEach(standard -> old.put(standard.number(), standard));
        Map<String, List<ManualDocument.Entry>> byTarget = new LinkedHashMap<>();
        Set<String> mentionedFrom = new HashSet<>();
        Set<String> mentionedTo = new HashSet<>();
        if (crosswalk != null) {
            for (ManualDocument.Entry entry : crosswalk.entries()) {
                if (entry.from() != null) {
                    mentionedFrom.add(entry.from());
                }
                if (entry.to() != null) {
                    mentionedTo.add(entry.to());
                }
                if (entry.from() != null && entry.to() != null && old.containsKey(entry.from())) {
                    byTarget.computeIfAbsent(entry.to(), key -> new ArrayList<>()).add(entry);
                }
            }
        }
        Set<String> continued = new HashSet<>();
        List<Step> steps = new ArrayList<>();
        for (FileStandard fresh : applicable) {
            String number = fresh.number();
            List<String> sources = new ArrayList<>();
            Relationship relationship = null;
            if (byTarget.containsKey(number)) {
                byTarget.get(number).forEach(entry -> sources.add(entry.from()));
                relationship = sources.size() == 1 ? byTarget.get(number).get(0).relationship()
                        : Relationship.INTERSECTS;
            } else if (!mentionedTo.contains(number) && !mentionedFrom.contains(number) && old.containsKey(number)) {
                sources.add(number);
                relationship = Relationship.EQUAL;
            }
            String primary = sources.stream().filter(source -> !continued.contains(source)).findFirst().orElse(null);
            if (primary != null) {
                continued.add(primary);
            }
            steps.add(step(fresh, sources, relationship, primary, old, oldTexts.get(sources.isEmpty() ? null
                    : sources.get(0)), newTexts.get(number)));
        }
        return steps;
    }

    private static Step step(FileStandard fresh, List<String> sources, Relationship relationship, String primary,
            Map<String, FileStandard> old, ManualDocument.Standard oldText, ManualDocument.Standard newText) {
        if (sources.isEmpty()) {
            return new Step(new PlannedStandard(fresh.number(), fresh.title(), fresh.level(), sources, null, null,
                    null, StandardStatus.NOT_STARTED, Review.NEW), fresh);
        }
        List<FileStandard> earlier = sources.stream().map(old::get).toList();
        StandardStatus before = earlier.stream().map(FileStandard::status)
                .max((a, b) -> Integer.compare(ADVANCEMENT.indexOf(a), ADVANCEMENT.indexOf(b))).orElseThrow();
        FileStandard first = primary == null ? earlier.get(0) : old.get(primary);
        boolean unchanged = sources.size() == 1 && primary != null && relationship == Relationship.EQUAL
                && sameText(oldText, newText);
        FileStandard result;
        Review review;
        if (unchanged) {
            result = new FileStandard(fresh.fileId(), fresh.agencyId(), fresh.number(), fresh.chapter(), fresh.title(),
                    fresh.level(), fresh.reasons(), first.status(), first.assigneeId(), first.dueDate(), first.notes(),
                    first.request(), first.requestReason(), first.waiverMonths(), first.waivedUntil());
            review = Review.NONE;
        } else {
            boolean worked = earlier.stream().anyMatch(standard -> standard.status() != StandardStatus.NOT_STARTED
                    && standard.status() != StandardStatus.NOT_APPLICABLE && standard.status() != StandardStatus.WAIVED);
            boolean exceptionEnded = earlier.stream().anyMatch(standard -> standard.status() == StandardStatus.WAIVED
                    || standard.status() == StandardStatus.NOT_APPLICABLE || standard.request() != null);
            result = new FileStandard(fresh.fileId(), fresh.agencyId(), fresh.number(), fresh.chapter(), fresh.title(),
                    fresh.level(), fresh.reasons(), worked ? StandardStatus.IN_PROGRESS : StandardStatus.NOT_STARTED,
                    first.assigneeId(), first.dueDate(), first.notes(), null, null, null, null);
            review = primary == null ? Review.SPLIT : sources.size() > 1 ? Review.MERGED
                    : exceptionEnded ? Review.EXCEPTION_ENDED : Review.CHANGED;
        }
        return new Step(new PlannedStandard(fresh.number(), fresh.title(), fresh.level(), sources, relationship,
                primary, before, result.status(), review), result);
    }

    /** Same title and statement in both languages: nothing for a reviewer to look at again. */
    static boolean sameText(ManualDocument.Standard a, ManualDocument.Standard b) {
        return a != null && b != null && Objects.equals(a.title(), b.title())
                && Objects.equals(a.statement(), b.statement()) && Objects.equals(a.elements(), b.elements());
    }
}
