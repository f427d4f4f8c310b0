package org.acredita.compliance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.acredita.compliance.internal.TrendPoint;

/**
 * The geometry of the trend chart, drawn by the template as SVG (no inline style under the CSP): the share of
 * applicable standards met at each point, evenly spaced, with grid lines every 25 % and at most about five dates
 * labelled.
 */
public record TrendChart(List<Point> points, String polyline) {

    public static final int WIDTH = 520;
    public static final int HEIGHT = 260;
    public static final int LEFT = 52;
    public static final int RIGHT = 28;
    public static final int TOP = 24;
    public static final int BOTTOM = 40;

    /** One point of the chart; labelled ones show their date under the axis. */
    public record Point(TrendPoint point, double x, double y, boolean labelled) {

        public long rounded() {
            return Math.round(point.percent());
        }
    }

    public static TrendChart of(List<TrendPoint> trend) {
        List<Point> points = new ArrayList<>();
        int n = trend.size();
        double plot = WIDTH - LEFT - RIGHT;
        int every = Math.max(1, (int) Math.ceil(n / 5.0));
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? LEFT + plot / 2 : LEFT + plot * i / (n - 1);
            boolean labelled = i == n - 1 || i % every == 0 && n - 1 - i >= every / 2.0;
            points.add(new Point(trend.get(i), round(x), y(trend.get(i).percent()), labelled));
        }
        return new TrendChart(points, String.join(" ", points.stream().map(p -> fmt(p.x()) + "," + fmt(p.y()))
                .toList()));
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    public Point last() {
        return points.get(points.size() - 1);
    }

    /** A date short enough to sit under the axis: "28 nov 26". */
    public static String shortDate(java.time.LocalDate date, Locale locale) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yy", locale).format(date);
    }

    public static double y(double percent) {
        return round(TOP + (HEIGHT - TOP - BOTTOM) * (100 - percent) / 100.0);
    }

    public static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
