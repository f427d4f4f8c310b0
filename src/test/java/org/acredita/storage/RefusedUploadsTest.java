package org.acredita.storage;

import org.acredita.storage.internal.FileStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.storage.local.LocalFileStore;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A type outside the allow-list is judged from the received bytes before anything reaches the file store: the
 * upload is refused with the localized message and neither a blob nor a stored-file row is left behind.
 */
@AcreditaIntegrationTest
class RefusedUploadsTest {

    private static final Map<String, byte[]> REFUSED = Map.of(
            "html", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                    .getBytes(StandardCharsets.UTF_8),
            "svg", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                    + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8),
            "exe", executable(),
            "xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><informe><dato>1</dato></informe>"
                    .getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore store;

    @ParameterizedTest
    @ValueSource(strings = {"html", "svg", "exe", "xml"})
    void aProofOfARefusedTypeLeavesNoBlobAndNoRecord(String type) {
        String file = DemoOrganisations.policeFile(jdbc);
        String number = system(() -> jdbc.sql("""
                select fs.number from file_standard fs where fs.file_id = ?::uuid
                  and fs.status in ('NOT_STARTED', 'IN_PROGRESS') and fs.request is null
                order by fs.sort_key limit 1""").param(file).query(String.class).single());
        AppClient staff = AppClient.signedIn(port, "personal.policia");
        staff.get("/");
        long rows = storedFileRows();
        long blobs = blobs();

        AppClient.Response refused = staff.upload("/api/v1/accreditation-files/" + file + "/standards/" + number
                + "/proofs", "evidencia.pdf", REFUSED.get(type), false, Map.of("documentDate",
                LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(1).toString(), "cycleYear", "1"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("No se aceptan archivos de tipo");
        assertThat(storedFileRows()).isEqualTo(rows);
        assertThat(blobs()).isEqualTo(blobs);
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "svg", "exe", "xml"})
    void anOrganisationDocumentOfARefusedTypeLeavesNoBlobAndNoRecord(String type) {
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.academia");
        manager.get("/organisations/" + academy);
        long rows = storedFileRows();
        long blobs = blobs();

        AppClient.Response refused = manager.upload("/api/v1/organisations/" + academy + "/documents",
                "informe.pdf", REFUSED.get(type), false);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("No se aceptan archivos de tipo");
        assertThat(storedFileRows()).isEqualTo(rows);
        assertThat(blobs()).isEqualTo(blobs);
    }

    private long storedFileRows() {
        return system(() -> jdbc.sql("select count(*) from stored_file").query(Long.class).single());
    }

    /** Blobs in the store, leaving out uploads in transit under tmp/. */
    private long blobs() {
        Path root = ((LocalFileStore) store).root();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(path -> !path.startsWith(root.resolve("tmp"))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }

    /** The start of a Windows program: a DOS header pointing at a PE header. */
    private static byte[] executable() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }
}
