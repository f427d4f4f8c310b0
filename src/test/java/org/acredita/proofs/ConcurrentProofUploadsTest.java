package org.acredita.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The same file sent many times at once for one standard and year is one proof, one stored file, one event. */
@AcreditaIntegrationTest
class ConcurrentProofUploadsTest {

    private static final int REQUESTS = 8;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentIdenticalUploadsAllSucceedWithOneProofOneStoredFileAndOneEvent() throws Exception {
        String file = DemoOrganisations.policeFile(jdbc);
        String number = system(() -> jdbc.sql("""
                select fs.number from file_standard fs where fs.file_id = ?::uuid
                  and fs.status in ('NOT_STARTED', 'IN_PROGRESS') and fs.request is null
                  and not exists (select 1 from proof p where p.file_id = fs.file_id and p.number = fs.number)
                order by fs.sort_key desc limit 1""").param(file).query(String.class).single());
        byte[] text = ("Acta de la revisión trimestral " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String path = "/api/v1/accreditation-files/" + file + "/standards/" + number + "/proofs";
        Map<String, String> fields = Map.of("documentDate",
                LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(1).toString(), "cycleYear", "1");
        AppClient staff = AppClient.signedIn(port, "personal.policia");
        staff.get("/");

        CountDownLatch start = new CountDownLatch(1);
        String proof;
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        List<Future<AppClient.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return staff.upload(path, "acta.txt", text, false, fields);
                }));
            }
            start.countDown();
            List<String> proofs = new ArrayList<>();
            for (Future<AppClient.Response> answer : answers) {
                AppClient.Response response = answer.get(60, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.body()).isIn(200, 201);
                proofs.add(response.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1"));
            }
            assertThat(proofs).hasSize(REQUESTS).containsOnly(proofs.get(0));
            proof = proofs.get(0);
        } finally {
            pool.shutdownNow();
        }

        String owner = file + "/" + number + "/1";
        assertThat(count("select count(*) from proof where file_id = ?::uuid and number = ?", file, number))
                .isEqualTo(1);
        assertThat(count("select count(*) from stored_file where owner_type = 'proof' and owner_id = ?", owner))
                .isEqualTo(1);
        String sha = system(() -> jdbc.sql("select sha256 from stored_file where owner_id = ?").param(owner)
                .query(String.class).single());
        assertThat(count("select count(*) from audit_event where action = 'FILE_STORED' and target_type = 'proof' "
                + "and summary like ?", "%" + sha + "%")).isEqualTo(1);
        // The document enters the agency's evidence library once too.
        assertThat(count("select count(*) from evidence_document where sha256 = ?", sha)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'FILE_STORED' and target_type = 'evidence' "
                + "and summary like ?", "%" + sha + "%")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'PROOF_ADDED' and target_id = ?", proof))
                .isEqualTo(1);
    }

    private long count(String sql, Object... params) {
        return system(() -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    private static <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }
}
