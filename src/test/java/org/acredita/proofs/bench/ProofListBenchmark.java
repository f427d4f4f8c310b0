package org.acredita.proofs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.standards.bench.StandardsBenchmark.ManualGenerator;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
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
        AppClient body = AppClient.signedIn(port, "calea.pm");
        body.get("/profile");
        String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();
        AppClient.Response imported = body.upload("/api/v1/manuals/imports", "manual.json",
                ManualGenerator.manual("PRF" + run, "2026", 460, 10, 7), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String edition = imported.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
        assertThat(body.sendJson("POST", "/api/v1/manuals/" + edition + "/publish", "", true).status()).isEqualTo(200);

        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");
        String agency = admin.sendJson("POST", "/api/v1/organisations", "{\"kind\":\"AGENCY\",\"name\":\"Policía "
                + "Estatal de Prueba " + run + "\",\"stateCode\":\"14\"}", true).body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", """
                {"kind":"LAW_ENFORCEMENT","level":"STATE","stateCode":"14","swornPersonnel":2400,"civilianPersonnel":300,
                 "populationServed":2500000,"functions":[],"chiefExecutive":"Cmdte. Prueba"}""", true);
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        for (String phase : new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT",
            "SELF_ASSESSMENT"}) {
            admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\",\"agreementDate\":\"2023-02-01\"}", true);
        }
        String file = admin.getJson("/api/v1/agencies/" + agency + "/accreditation-files").body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        AppClient.Response pinned = body.sendJson("PUT", "/api/v1/accreditation-files/" + file,
                "{\"manualId\":\"" + edition + "\",\"tier\":\"ADVANCED\"}", true);
        assertThat(pinned.status()).as(pinned.body()).isEqualTo(200);

        int proofs = CurrentScope.runAs(AccessScope.SYSTEM, () -> {
            jdbc.sql("""
                    update file_standard set status = (array['NOT_STARTED','IN_PROGRESS','READY_FOR_REVIEW',
                        'IN_COMPLIANCE','IN_COMPLIANCE','RETURNED'])[1 + (sort_key[3] % 6)]
                    where file_id = ?::uuid""").param(file).update();
            return jdbc.sql("""
                    insert into proof (id, file_id, agency_id, number, kind, title, note, document_date, cycle_year,
                        created_by_name)
                    select gen_random_uuid(), fs.file_id, fs.agency_id, fs.number, 'NOTE',
                        'Informe ' || fs.number || ' año ' || y || ' núm. ' || k, 'Registro de supervisión firmado.',
                        date '2023-02-01' + (y - 1) * 365 + k * 30, y, 'Prueba'
                    from file_standard fs, generate_series(1, 4) y, generate_series(1, 3) k
                    where fs.file_id = ?::uuid""").param(file).update();
        });
        assertThat(proofs).isEqualTo(460 * 12);

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
        // The whole file as a ZIP (manifest of 460 standards and 5,520 proofs): a few sequential exports.
        String export = "/api/v1/accreditation-files/" + file + "/export";
        double[] exports = new double[10];
        for (int i = -3; i < exports.length; i++) {
            long start = System.nanoTime();
            AppClient.Response zip = body.get(export, "application/zip");
            assertThat(zip.status()).isEqualTo(200);
            if (i >= 0) {
                exports[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        java.util.Arrays.sort(exports);
        report.append(String.format("%-62s %8.1f %8.1f %8.1f%n", "export GET .../export (ZIP, 10 runs)",
                exports[4], exports[9], exports[9]));
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
