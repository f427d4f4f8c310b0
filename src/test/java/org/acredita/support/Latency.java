package org.acredita.support;

import java.util.Arrays;
import java.util.List;

/**
 * Times sequential requests the way the benchmarks report them: a warm-up, then p50/p95/max over the
 * measured requests (the paths in rotation), taken by the client over loopback, so server time plus
 * well under a millisecond.
 */
public final class Latency {

    public static final int WARM_UP = 50;
    public static final int MEASURED = 200;

    private Latency() {
    }

    /** Appends one line "name p50 p95 max" to the report and returns the p95 in milliseconds. */
    public static double measure(StringBuilder report, AppClient client, String name, List<String> paths,
            boolean json) {
        for (int i = 0; i < WARM_UP; i++) {
            call(client, paths.get(i % paths.size()), json);
        }
        double[] times = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            String path = paths.get(i % paths.size());
            long start = System.nanoTime();
            call(client, path, json);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        double p95 = percentile(times, 95);
        report.append(String.format("%-62s %8.1f %8.1f %8.1f%n", name, percentile(times, 50), p95,
                times[times.length - 1]));
        return p95;
    }

    private static void call(AppClient client, String path, boolean json) {
        AppClient.Response response = json ? client.getJson(path) : client.get(path, "text/html");
        if (response.status() != 200) {
            throw new AssertionError(path + " answered " + response.status());
        }
    }

    static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
