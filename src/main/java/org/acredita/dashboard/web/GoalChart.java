package org.acredita.dashboard.web;

import java.util.List;
import java.util.Locale;
import org.acredita.dashboard.internal.AccreditedMonth;

/**
 * The accredited-over-time chart drawn as SVG on the server: a step line of accredited agencies per
 * month and a dashed line at the programme's goal. Coordinates are computed here so the template
 * only places them.
 */
public record GoalChart(List<AccreditedMonth> months, int goal, int top, String points, double goalY,
        double baselineY, String firstMonth, String lastMonth) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 220;
    static final int LEFT = 40;
    static final int RIGHT = 16;
    static final int TOP = 16;
    static final int BOTTOM = 28;

    static GoalChart of(List<AccreditedMonth> months, int goal) {
        int max = months.stream().mapToInt(AccreditedMonth::accredited).max().orElse(0);
        int top = Math.max(1, Math.max(goal, max));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        StringBuilder points = new StringBuilder();
        int n = months.size();
        for (int i = 0; i < n; i++) {
            double x = LEFT + (n == 1 ? plotWidth : plotWidth * i / (n - 1));
            double y = TOP + plotHeight * (1 - (double) months.get(i).accredited() / top);
            if (i > 0) {
                // A step: the count holds until the month it changes.
                double previousY = TOP + plotHeight * (1 - (double) months.get(i - 1).accredited() / top);
                points.append(format(x)).append(',').append(format(previousY)).append(' ');
            }
            points.append(format(x)).append(',').append(format(y)).append(' ');
        }
        return new GoalChart(months, goal, top, points.toString().strip(), TOP + plotHeight * (1 - (double) goal / top),
                TOP + plotHeight, n == 0 ? "" : months.get(0).month().toString(),
                n == 0 ? "" : months.get(n - 1).month().toString());
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int latest() {
        return months.isEmpty() ? 0 : months.get(months.size() - 1).accredited();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
