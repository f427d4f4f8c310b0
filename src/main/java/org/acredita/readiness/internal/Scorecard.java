package org.acredita.readiness.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores and gaps of a set of answers.
 *
 * <ul>
 * <li>An area's score is the weighted share of points over its applicable, answered questions:
 * Σ weight × points / Σ weight × 4, as a percentage. An area with none has no score.</li>
 * <li>The overall score weighs the areas that have a score by their area weight.</li>
 * <li>A gap is an applicable question rated below 3 (largely in place). Gaps are ordered by weight ×
 * missing points within their area, and the areas by how many overall points their gaps cost; each
 * gap says how many percentage points the overall score would gain were it fully in place.</li>
 * </ul>
 * Not-applicable and unanswered questions count nowhere, so a draft shows a provisional score.
 */
public record Scorecard(Double overall, List<AreaScore> areas, List<GapGroup> gaps, int answered, int total) {

    public Scorecard {
        areas = List.copyOf(areas);
        gaps = List.copyOf(gaps);
    }

    /** An area's score (null when nothing in it is scored) and how many of its questions are answered. */
    public record AreaScore(Area area, Double percent, int answered, int total) {
    }

    /** A question rated below 3: points missing, weight × missing points, and overall points to gain. */
    public record Gap(Answer answer, int missingPoints, int priority, double gain) {
    }

    /** The gaps of one area, largest first. */
    public record GapGroup(Area area, List<Gap> gaps, double gain) {

        public GapGroup {
            gaps = List.copyOf(gaps);
        }
    }

    public boolean complete() {
        return answered == total;
    }

    public int gapCount() {
        return gaps.stream().mapToInt(g -> g.gaps().size()).sum();
    }

    public static Scorecard of(List<Answer> answers) {
        Map<java.util.UUID, List<Answer>> byArea = new LinkedHashMap<>();
        answers.stream().sorted(Comparator.comparingInt((Answer a) -> a.area().position())
                .thenComparingInt(a -> a.question().position()))
                .forEach(a -> byArea.computeIfAbsent(a.area().id(), k -> new ArrayList<>()).add(a));

        List<AreaScore> areas = new ArrayList<>();
        double weightedSum = 0;
        double areaWeights = 0;
        for (List<Answer> inArea : byArea.values()) {
            Area area = inArea.get(0).area();
            Double percent = percent(inArea);
            areas.add(new AreaScore(area, percent, (int) inArea.stream().filter(Answer::answered).count(),
                    inArea.size()));
            if (percent != null) {
                weightedSum += area.weight() * percent;
                areaWeights += area.weight();
            }
        }
        Double overall = areaWeights == 0 ? null : weightedSum / areaWeights;
        double totalAreaWeight = areaWeights;

        List<GapGroup> groups = new ArrayList<>();
        for (List<Answer> inArea : byArea.values()) {
            Area area = inArea.get(0).area();
            int scoredWeight = inArea.stream().filter(Answer::scored).mapToInt(a -> a.question().weight()).sum();
            List<Gap> gaps = inArea.stream().filter(a -> a.scored() && a.rating().points() < Rating.GAP_BELOW)
                    .map(a -> {
                        int missing = Rating.MAX_POINTS - a.rating().points();
                        int priority = a.question().weight() * missing;
                        double gain = 100.0 * area.weight() / totalAreaWeight * priority
                                / ((double) Rating.MAX_POINTS * scoredWeight);
                        return new Gap(a, missing, priority, gain);
                    })
                    .sorted(Comparator.comparingInt(Gap::priority).reversed()
                            .thenComparingInt(g -> g.answer().question().position()))
                    .toList();
            if (!gaps.isEmpty()) {
                groups.add(new GapGroup(area, gaps, gaps.stream().mapToDouble(Gap::gain).sum()));
            }
        }
        groups.sort(Comparator.comparingDouble(GapGroup::gain).reversed()
                .thenComparingInt(g -> g.area().position()));
        int answered = (int) answers.stream().filter(Answer::answered).count();
        return new Scorecard(overall, areas, groups, answered, answers.size());
    }

    private static Double percent(List<Answer> answers) {
        int points = 0;
        int possible = 0;
        for (Answer answer : answers) {
            if (answer.scored()) {
                points += answer.question().weight() * answer.rating().points();
                possible += answer.question().weight() * Rating.MAX_POINTS;
            }
        }
        return possible == 0 ? null : 100.0 * points / possible;
    }
}
