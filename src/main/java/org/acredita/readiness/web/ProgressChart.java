package org.acredita.readiness.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.acredita.readiness.internal.Assessment;

/**
 * The geometry of the progress chart, drawn by the template as SVG: the overall score of each
 * completed assessment placed by its date (x) and score (y), with grid lines every 25 %.
 */
public record ProgressChart(List<Point> points, String polyline) {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 300;
    public static final int LEFT = 56;
    public static final int RIGHT = 48;
    public static final int TOP = 28;
    public static final int BOTTOM = 44;

    /** One assessment on the chart. */
    public record Point(UUID assessmentId, LocalDate assessedOn, double score, double x, double y) {

        public long rounded() {
            return Math.round(score);
        }
    }

    public static ProgressChart of(List<Assessment> completed) {
        List<Assessment> scored = completed.stream().filter(a -> a.scorecard().overall() != null).toList();
        if (scored.isEmpty()) {
            return new ProgressChart(List.of(), "");
        }
        LocalDate first = scored.get(0).assessedOn();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, scored.get(scored.size() - 1).assessedOn()));
        double plotWidth = WIDTH - LEFT - RIGHT;
        List<Point> points = scored.stream().map(a -> {
            double score = a.scorecard().overall();
            double x = scored.size() == 1 ? LEFT + plotWidth / 2
                    : LEFT + plotWidth * ChronoUnit.DAYS.between(first, a.assessedOn()) / span;
            return new Point(a.id(), a.assessedOn(), score, round(x), round(y(score)));
        }).toList();
        String polyline = String.join(" ", points.stream()
                .map(p -> fmt(p.x()) + "," + fmt(p.y())).toList());
        return new ProgressChart(points, polyline);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /** The y of a grid line or a score. */
    public static double y(double percent) {
        return round(TOP + (HEIGHT - TOP - BOTTOM) * (100 - percent) / 100.0);
    }

    public static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public String first() {
        return Long.toString(points.get(0).rounded());
    }

    public String last() {
        return Long.toString(points.get(points.size() - 1).rounded());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
