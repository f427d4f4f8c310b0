package org.acredita.proofs;

import org.acredita.proofs.internal.ProofInput;
import org.acredita.proofs.internal.ProofUpload;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An upload holds no database connection while its bytes arrive (issue 16 §4): with a pool of two connections,
 * three uploads stalled mid-stream leave the application free to answer other requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.hikari.maximum-pool-size=2", "spring.datasource.hikari.connection-timeout=5000"})
class SlowUploadsTest {

    private static final int UPLOADS = 3;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProofSubmissions submissions;

    @Test
    void stalledUploadsDoNotKeepOtherRequestsFromTheDatabase() throws Exception {
        String file = DemoOrganisations.policeFile(jdbc);
        UUID police = DemoOrganisations.police(jdbc);
        String number = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select fs.number from file_standard fs where fs.file_id = ?::uuid
                  and fs.status in ('NOT_STARTED', 'IN_PROGRESS') and fs.request is null
                order by fs.sort_key limit 1""").param(file).query(String.class).single());
        UUID staffId = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from app_user where username = 'personal.policia'").query(UUID.class).single());
        AccessScope staff = new AccessScope(staffId, "personal.policia", police, Set.of(Role.AGENCY_STAFF),
                Reach.of(Set.of(police)), Reach.of(Set.of(police)));
        AppClient reader = AppClient.signedIn(port, "personal.policia");
        ProofInput input = new ProofInput(LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(1), 1, null,
                null, null, null, null);

        CountDownLatch arriving = new CountDownLatch(UPLOADS);
        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<ProofUpload>> uploads = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(UPLOADS + 1);
        for (int i = 0; i < UPLOADS; i++) {
            InputStream stalled = new StalledStream(("Minuta " + i + " " + UUID.randomUUID())
                    .getBytes(StandardCharsets.UTF_8), arriving, release);
            uploads.add(CompletableFuture.supplyAsync(() -> CurrentScope.runAs(staff,
                    () -> submissions.addFile(UUID.fromString(file), number, input, "minuta.txt", stalled)), threads));
        }
        try {
            boolean allArriving = arriving.await(10, TimeUnit.SECONDS);

            AppClient.Response answer = CompletableFuture.supplyAsync(() -> reader.getJson(
                    "/api/v1/accreditation-files/" + file + "/standards/" + number + "/proofs"), threads)
                    .get(10, TimeUnit.SECONDS);

            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(allArriving).as("every upload is receiving its bytes at once").isTrue();
            for (CompletableFuture<ProofUpload> upload : uploads) {
                release.countDown();
                assertThat(upload.get(60, TimeUnit.SECONDS).created()).isTrue();
            }
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    /** Gives its bytes only once the test lets it, like a client on a slow line. */
    private static final class StalledStream extends InputStream {

        private final byte[] bytes;
        private final CountDownLatch arriving;
        private final CountDownLatch release;
        private int position;

        StalledStream(byte[] bytes, CountDownLatch arriving, CountDownLatch release) {
            this.bytes = bytes;
            this.arriving = arriving;
            this.release = release;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == 0) {
                arriving.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(length, bytes.length - position);
            System.arraycopy(bytes, position, buffer, offset, count);
            position += count;
            return count;
        }
    }
}
