package org.acredita.storage;

import org.acredita.storage.internal.FileStore;
import org.acredita.storage.internal.StoredContent;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.acredita.storage.files.UnusedContentCleanup;
import org.acredita.storage.local.LocalFileStore;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The clean-up removes content nobody refers to once the grace period (24 h) has passed, and nothing else. */
@AcreditaIntegrationTest
class UnusedContentCleanupTest {

    private static final Instant TWO_DAYS_AGO = Instant.now().minus(Duration.ofDays(2));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore store;

    @Autowired
    UnusedContentCleanup cleanup;

    @Test
    void removesOldUnreferencedContentAndStaleTemporaryFilesOnly() throws IOException {
        StoredContent orphan = store.store(bytes("huérfano"), 1024);
        age(orphan.sha256());
        StoredContent fresh = store.store(bytes("recién llegado"), 1024);
        String referenced = documentOfTheAcademy();
        age(referenced);
        Path temporary = root().resolve("tmp");
        Path stale = Files.writeString(temporary.resolve("upload-interrupted.tmp"), "a medias");
        Files.setLastModifiedTime(stale, FileTime.from(TWO_DAYS_AGO));
        Path inTransit = Files.writeString(temporary.resolve("upload-arriving.tmp"), "llegando");

        UnusedContentCleanup.Outcome outcome = cleanup.run();

        assertThat(outcome.skipped()).isFalse();
        assertThat(store.exists(orphan.sha256())).isFalse();
        assertThat(store.exists(referenced)).isTrue();
        assertThat(store.exists(fresh.sha256())).isTrue();
        assertThat(stale).doesNotExist();
        assertThat(inTransit).exists();
        assertThat(outcome.contents()).isPositive();
    }

    @Test
    void keepsContentAnAssessmentSnapshotStillNamesAfterItsProofIsGone() throws IOException {
        StoredContent frozen = store.store(bytes("acta firmada que la institución retiró después"), 1024);
        age(frozen.sha256());
        org.acredita.access.CurrentScope.runAs(org.acredita.access.AccessScope.SYSTEM, () -> jdbc.sql("""
                insert into assessment_snapshot_proof (assessment_id, agency_id, number, position, proof_id, kind,
                    title, sha256, content_type, size, cycle_year)
                select id, agency_id, '99.9.9', 1, gen_random_uuid(), 'FILE', 'Acta retirada', ?, 'text/plain', 44, 1
                from assessment order by created_at limit 1""").param(frozen.sha256()).update());

        cleanup.run();

        assertThat(store.exists(frozen.sha256())).as("named by a frozen snapshot, without a stored-file row").isTrue();
    }

    @Test
    void contentStoredAgainIsFreshAgain() throws IOException {
        byte[] twice = ("otra vez " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        StoredContent again = store.store(new ByteArrayInputStream(twice), 1024);
        age(again.sha256());
        store.store(new ByteArrayInputStream(twice), 1024);

        cleanup.run();

        assertThat(store.exists(again.sha256())).isTrue();
    }

    /** Uploads a document of the academy as its manager, and gives its content's hash. */
    private String documentOfTheAcademy() {
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.academia");
        manager.get("/organisations/" + academy);
        AppClient.Response created = manager.upload("/api/v1/organisations/" + academy + "/documents",
                "acta-" + UUID.randomUUID() + ".txt", ("Acta de sesión " + UUID.randomUUID())
                        .getBytes(StandardCharsets.UTF_8), false);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return org.acredita.access.CurrentScope.runAs(org.acredita.access.AccessScope.SYSTEM, () -> jdbc.sql(
                "select sha256 from stored_file where id = ?::uuid").param(created.body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")).query(String.class).single());
    }

    private void age(String sha256) throws IOException {
        Path file = root().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        Files.setLastModifiedTime(file, FileTime.from(TWO_DAYS_AGO));
    }

    private Path root() {
        return ((LocalFileStore) store).root();
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream((text + " " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
    }
}
