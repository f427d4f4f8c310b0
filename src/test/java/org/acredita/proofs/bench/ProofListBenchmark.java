package org.acredita.proofs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.LargeFiles;
import org.acredita.support.Latency;
import org.acredita.support.SqlCounter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 5 §11: an agency with 460 applicable standards and four years of about three proofs each; the
 * standards list (API and page) must answer at p95 under 100 ms. Run on demand:
 * <pre>./mvnw -B -Pbenchmark verify -Dtest=ProofListBenchmark</pre>
 * A generated 460-standard manual is imported and published, an agency enters self-assessment, its file is
 * pinned to that manual, and 5,520 proofs (4 years x 3 x 460) plus mixed workflow statuses are written with
 * SQL (the setup is not what is measured). Other agencies' files stay in the database as usual.
 */
@Tag("benchmark")
@AcreditaIntegrationTest
class ProofListBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void standardsListOfA460StandardFileWithFourYearsOfProofs() {
        LargeFiles large = LargeFiles.withFourYearsOfProofs(port, jdbc, "PRF");
        String agency = large.agency();
        String file = large.file();
        int proofs = LargeFiles.STANDARDS * 12;
        AppClient body = AppClient.signedIn(port, "calea.pm");
        body.get("/profile");

        String list = body.getJson("/api/v1/accreditation-files/" + file + "/standards").body();
        assertThat(list).contains("\"proofCounts\":{\"1\":3,\"2\":3,\"3\":3,\"4\":3}");
        String someStandard = list.replaceAll("^\\[\\{\"number\":\"([0-9.]+)\".*", "$1");

        StringBuilder report = new StringBuilder(String.format("%n==== Proofs benchmark (issue 5 §11) ====%n"
                + "file of 460 applicable standards, %,d proofs (4 years x 3 each)%n%-62s %8s %8s %8s%n", proofs,
                "request", "p50 ms", "p95 ms", "max ms"));
        double api = Latency.measure(report, body, "standards list GET /api/v1/accreditation-files/{id}/standards",
                List.of("/api/v1/accreditation-files/" + file + "/standards"), true);
        double page = Latency.measure(report, body, "file page GET /agencies/{id}/accreditation (460 rows)",
                List.of("/agencies/" + agency + "/accreditation"), false);
        report.append(perRequest(body, "/agencies/" + agency + "/accreditation"));
        Latency.measure(report, body, "a standard's proofs GET .../standards/{n}/proofs (12 proofs)",
                List.of("/api/v1/accreditation-files/" + file + "/standards/" + someStandard + "/proofs"), true);
        // The whole file as a ZIP (manifest of 460 standards and 5,520 proofs, its index in two languages): 20
        // sequential exports, timed, and the processor time the whole JVM spent on them, which another program on
        // the machine disturbs far less than the wall clock (it is what compares two versions on a busy machine).
        String export = "/api/v1/accreditation-files/" + file + "/export";
        double[] exports = new double[20];
        var processor = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = 0;
        for (int i = -3; i < exports.length; i++) {
            if (i == 0) {
                cpuBefore = processor.getProcessCpuTime();
            }
            long start = System.nanoTime();
            AppClient.Response zip = body.get(export, "application/zip");
            assertThat(zip.status()).isEqualTo(200);
            if (i >= 0) {
                exports[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        double cpuPerExport = (processor.getProcessCpuTime() - cpuBefore) / 1e6 / exports.length;
        java.util.Arrays.sort(exports);
        report.append(String.format("%-62s %8.1f %8.1f %8.1f%n", "export GET .../export (ZIP, 20 runs)",
                exports[9], exports[18], exports[19]));
        report.append(String.format("  per export: %.1f ms of processor time (whole JVM)%n", cpuPerExport));
        System.out.println(report);
        assertThat(api).isLessThan(100);
        assertThat(page).isLessThan(100);
        UUID.fromString(file);
    }

    /** The SQL behind one page, averaged over 20 requests sent one after another (the session's own included). */
    private static String perRequest(AppClient client, String path) {
        int requests = 20;
        SqlCounter.Counts before = SqlCounter.now();
        for (int i = 0; i < requests; i++) {
            assertThat(client.get(path, "text/html").status()).isEqualTo(200);
        }
        SqlCounter.Counts counted = SqlCounter.now().since(before);
        return String.format("  per request: %.1f connections, %.1f statements, %.1f transactions, "
                + "%.1f auto-commit statements%n", counted.connections() / (double) requests,
                counted.statements() / (double) requests, counted.transactions() / (double) requests,
                counted.autoCommitted() / (double) requests);
    }
}
