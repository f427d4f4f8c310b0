package org.acredita.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.storage.internal.FileStore;
import org.acredita.storage.local.LocalFileStore;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 17 §1: a proof's file as the raw body of {@code PUT …/proofs/{name}}, streamed into the store while it is
 * hashed, under the same rules as the multipart form: type judged from the bytes before anything is kept, the size
 * limit, the agency's walls, a retry kept once, and nothing left of a refused or interrupted upload.
 */
@AcreditaIntegrationTest
class RawProofUploadTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FileStore store;

    @Test
    void aRawBodyBecomesAProofWhoseHashIsTheBytesSha256AndARetryReturnsIt() throws Exception {
        String file = DemoOrganisations.policeFile(jdbc);
        String number = freshStandard(file);
        AppClient staff = signedIn("personal.policia");
        // Several megabytes, so the body arrives over many reads and buffers.
        byte[] text = ("Bitácora de mantenimiento de patrullas, revisión semanal del parque vehicular.\n")
                .repeat(60_000).getBytes(StandardCharsets.UTF_8);
        long rows = storedFileRows();

        AppClient.Response created = staff.putFile(base(file, number) + "/" + encoded("bitácora patrullas.txt")
                + "?documentDate=" + yesterday() + "&cycleYear=1&title=" + encoded("Bitácora de patrullas"), text,
                "text/plain");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String proof = idOf(created.body());
        assertThat(created.header("Location")).endsWith("/proofs/" + proof);
        String reference = sha256(text);
        assertThat(created.body()).contains("\"sha256\":\"" + reference + "\"")
                .contains("\"size\":" + text.length).contains("\"contentType\":\"text/plain\"")
                .contains("\"title\":\"Bitácora de patrullas\"").contains("\"cycleYear\":1");
        assertThat(staff.get(base(file, number) + "/" + proof + "/content").bytes()).isEqualTo(text);
        // The proof's record and the evidence library's record name the one stored content.
        assertThat(system(() -> jdbc.sql("select original_name from stored_file where sha256 = ?")
                .param(reference).query(String.class).list())).containsOnly("bitácora patrullas.txt");

        AppClient.Response retried = staff.putFile(base(file, number) + "/otra.txt?documentDate=" + yesterday()
                + "&cycleYear=1", text, "application/octet-stream");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(idOf(retried.body())).isEqualTo(proof);
        assertThat(storedFileRows()).as("the proof's record and the library's, once for the retry too")
                .isEqualTo(rows + 2);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aRefusedTypeIsJudgedFromTheBodyWhateverItsDeclaredTypeAndNothingIsKept() {
        String file = DemoOrganisations.policeFile(jdbc);
        String number = freshStandard(file);
        AppClient staff = signedIn("personal.policia");
        long rows = storedFileRows();
        long blobs = blobs();

        AppClient.Response refused = staff.putFile(base(file, number) + "/informe.pdf?documentDate=" + yesterday()
                + "&cycleYear=1", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8), "application/pdf");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("No se aceptan archivos de tipo");
        assertThat(storedFileRows()).isEqualTo(rows);
        assertThat(blobs()).isEqualTo(blobs);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        String file = DemoOrganisations.policeFile(jdbc);
        String number = freshStandard(file);
        AppClient staff = signedIn("personal.policia");
        long rows = storedFileRows();

        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            sendHead(socket, staff, base(file, number) + "/grande.txt?documentDate=" + yesterday() + "&cycleYear=1",
                    101L << 20);
            socket.getOutputStream().write("solo el principio".getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();

            assertThat(statusLine(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
        assertThat(storedFileRows()).isEqualTo(rows);
        assertThat(staff.putFile(base(file, number) + "/vacio.txt?documentDate=" + yesterday() + "&cycleYear=1",
                new byte[0], "text/plain").status()).isEqualTo(400);
    }

    @Test
    void anInterruptedUploadLeavesNoBlobNoRowAndNoTemporaryFile() throws IOException {
        String file = DemoOrganisations.policeFile(jdbc);
        String number = freshStandard(file);
        AppClient staff = signedIn("personal.policia");
        long rows = storedFileRows();
        long blobs = blobs();

        try (Socket socket = new Socket("localhost", port)) {
            sendHead(socket, staff, base(file, number) + "/cortado.txt?documentDate=" + yesterday() + "&cycleYear=1",
                    5L << 20);
            OutputStream out = socket.getOutputStream();
            byte[] line = "Registro de turno interrumpido por la red.\n".getBytes(StandardCharsets.UTF_8);
            for (int sent = 0; sent < (1 << 20); sent += line.length) {
                out.write(line);
            }
            out.flush();
            // The body is being written into the store's temporary directory before the client goes away.
            awaitTrue(() -> !temporaryFiles().isEmpty());
        }

        awaitTrue(() -> temporaryFiles().isEmpty());
        assertThat(storedFileRows()).isEqualTo(rows);
        assertThat(blobs()).isEqualTo(blobs);
    }

    @Test
    void anotherAgencyFindsNoStandardToPutIntoAndReadersCannotPut() {
        String file = DemoOrganisations.policeFile(jdbc);
        String number = freshStandard(file);
        String path = base(file, number) + "/x.txt?documentDate=" + yesterday() + "&cycleYear=1";
        byte[] text = "Oficio de otra institución".getBytes(StandardCharsets.UTF_8);
        long rows = storedFileRows();

        assertThat(signedIn("gerente.c5").putFile(path, text, "text/plain").status()).isEqualTo(404);
        assertThat(signedIn("asesor").putFile(path, text, "text/plain").status()).isEqualTo(403);
        assertThat(signedIn("financiador").putFile(path, text, "text/plain").status()).isIn(403, 404);
        assertThat(new AppClient(port).putFile(path, text, "text/plain").status()).isIn(401, 403);
        assertThat(storedFileRows()).isEqualTo(rows);
    }

    private static void sendHead(Socket socket, AppClient client, String path, long contentLength)
            throws IOException {
        String cookies = client.cookies().getCookieStore().getCookies().stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
        socket.getOutputStream().write(("PUT " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Accept: application/json\r\nX-CSRF-TOKEN: " + client.csrfToken() + "\r\nCookie: " + cookies
                + "\r\nContent-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int read; (read = in.read()) != -1 && read != '\n'; ) {
            line.append((char) read);
        }
        return line.toString();
    }

    private static void awaitTrue(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 20 s").isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private AppClient signedIn(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    /** A standard of the police file still being worked on and without proofs, so each test has its own. */
    private String freshStandard(String file) {
        return system(() -> jdbc.sql("""
                select fs.number from file_standard fs join accreditation_file f on f.id = fs.file_id
                  join standard s on s.edition_id = f.edition_id and s.number = fs.number
                where fs.file_id = ?::uuid and fs.status in ('NOT_STARTED', 'IN_PROGRESS') and fs.request is null
                  and s.frequency is null
                  and not exists (select 1 from proof p where p.file_id = fs.file_id and p.number = fs.number)
                order by fs.sort_key desc limit 1""").param(file).query(String.class).single());
    }

    private long storedFileRows() {
        return system(() -> jdbc.sql("select count(*) from stored_file").query(Long.class).single());
    }

    private Path root() {
        return ((LocalFileStore) store).root();
    }

    private long blobs() {
        try (Stream<Path> files = Files.walk(root())) {
            return files.filter(Files::isRegularFile).filter(path -> !path.startsWith(root().resolve("tmp"))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private java.util.List<Path> temporaryFiles() {
        try (Stream<Path> files = Files.list(root().resolve("tmp"))) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base(String file, String number) {
        return "/api/v1/accreditation-files/" + file + "/standards/" + number + "/proofs";
    }

    private static String yesterday() {
        return LocalDate.now(ZoneId.of("America/Mexico_City")).minusDays(1).toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String idOf(String json) {
        return json.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }
}
