package org.acredita.distribution.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.distribution.internal.Acknowledgements;
import org.acredita.distribution.internal.IssuedLink;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.Latency;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15 §8: a distribution to 30,000 people is created in under 5 s; its progress page p95 under 100 ms; 100
 * concurrent acknowledgements p95 under 100 ms. Run on demand:
 * <pre>./mvnw -B -Pbenchmark verify -Dtest=DistributionBenchmark</pre>
 * The demo police force's roster is replaced by 30,000 generated people in 40 units (through the import), then, as
 * its manager through the API, a warm-up distribution to one unit and the timed one to all 40 units; the progress
 * page and API are timed with {@link Latency}; links are issued for one unit and 100 of them acknowledged at once
 * from 100 threads, each request timed by its own client.
 */
@Tag("benchmark")
@AcreditaIntegrationTest
public class DistributionBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Acknowledgements acknowledgements;

    @Test
    void thirtyThousandPeopleDistributedProgressReadAndAcknowledgedConcurrently() throws Exception {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        manager.get("/profile");
        StringBuilder report = new StringBuilder("\n==== Directive distribution benchmark (issue 15 §8) ====\n");
        AppClient.Response imported = manager.upload("/api/v1/agencies/" + police + "/personnel/imports", "padron.csv",
                roster(30_000), false);
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        List<UUID> units = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from personnel_unit where agency_id = ? and name like 'Unidad %' order by name")
                .param(police).query(UUID.class).list());
        UUID version = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select v.id from directive_version v join directive d on d.id = v.directive_id
                where d.agency_id = ? and d.code = 'POL-4.1' and v.status = 'IN_EFFECT'""").param(police)
                .query(UUID.class).single());
        String api = "/api/v1/agencies/" + police + "/distributions";

        distribute(report, manager, api, version, units.subList(0, 1), "warm-up distribution to one unit (750)");
        JsonNode big = distribute(report, manager, api, version, units, "distribution to 30,000 people (40 units)");
        assertThat(big.get("total").asInt()).isEqualTo(30_000);
        String id = big.get("id").asString();

        report.append(String.format("%-62s %8s %8s %8s%n", "reads (ms)", "p50", "p95", "max"));
        double page = Latency.measure(report, manager, "progress page of the 30,000", List.of(
                "/agencies/" + police + "/distributions/" + id), false);
        Latency.measure(report, manager, "GET …/distributions/{did} of the 30,000", List.of(api + "/" + id), true);

        String unit = "Unidad 07";
        List<IssuedLink> links = CurrentScope.runAs(AccessScope.SYSTEM, () -> acknowledgements.issueLinks(police,
                UUID.fromString(id), unit));
        for (IssuedLink warm : links.subList(0, 20)) {
            assertThat(new AppClient(port).sendJson("POST", "/api/v1/acknowledgements/" + warm.token(), "{}", false)
                    .status()).isEqualTo(200);
        }
        double p95 = concurrently(report, links.subList(20, 120));
        System.out.println(report);
        assertThat(page).isPositive();
        assertThat(p95).isPositive();
    }

    private JsonNode distribute(StringBuilder report, AppClient manager, String api, UUID version, List<UUID> units,
            String what) throws Exception {
        String body = "{\"dueOn\":\"2099-12-31\",\"versionIds\":[\"" + version + "\"],\"unitIds\":["
                + String.join(",", units.stream().map(u -> "\"" + u + "\"").toList()) + "]}";
        long start = System.nanoTime();
        AppClient.Response created = manager.sendJson("POST", api, body, true);
        double ms = (System.nanoTime() - start) / 1e6;
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        report.append(String.format("%-62s %,10.0f ms%n", what, ms));
        return JSON.readTree(created.body());
    }

    private double concurrently(StringBuilder report, List<IssuedLink> links) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(links.size());
        CountDownLatch ready = new CountDownLatch(links.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Double>> times = new ArrayList<>();
        for (IssuedLink link : links) {
            times.add(pool.submit(() -> {
                AppClient phone = new AppClient(port);
                ready.countDown();
                go.await();
                long start = System.nanoTime();
                AppClient.Response done = phone.sendJson("POST", "/api/v1/acknowledgements/" + link.token(), "{}",
                        false);
                double ms = (System.nanoTime() - start) / 1e6;
                assertThat(done.status()).isEqualTo(200);
                return ms;
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        double[] sorted = new double[links.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = times.get(i).get();
        }
        double wall = (System.nanoTime() - start) / 1e6;
        pool.shutdown();
        Arrays.sort(sorted);
        double p95 = sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
        report.append(String.format("%-62s %8.1f %8.1f %8.1f%n", "100 concurrent acknowledgements (each request)",
                sorted[sorted.length / 2 - 1], p95, sorted[sorted.length - 1]));
        report.append(String.format("%-62s %,10.0f ms%n", "all 100, wall time", wall));
        return p95;
    }

    /** {@code people} active people in 40 units of 750. */
    private static byte[] roster(int people) {
        StringBuilder out = new StringBuilder("numero_empleado,nombre,grado,unidad,puesto,estado,correo\r\n");
        for (int i = 0; i < people; i++) {
            out.append("D").append(i).append(",Persona Apellido ").append(i).append(",Policía,Unidad ")
                    .append(String.format("%02d", i % 40)).append(",Policía de proximidad,activo,d").append(i)
                    .append("@policia.example.mx\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
