package org.acredita.proofs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 5 §11: a 1 GB proof uploads with the JVM heap capped at 256 MB, and streams back whole. The client
 * generates the bytes as it sends them and the server streams them to disk, so neither side holds the file.
 * Issue 17 §1: a 500 MiB proof through the raw-body PUT and the multipart form against {@code cp} + {@code sync}.
 * Run on demand with the cap (the test refuses to run without it):
 * <pre>./mvnw -B -Pbenchmark verify -Dtest=LargeUploadBenchmark -Dsurefire.jvm="-Xmx256m -Duser.timezone=UTC"</pre>
 */
@Tag("benchmark")
@AcreditaIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = {"acredita.storage.max-file-size=2GB",
    "spring.servlet.multipart.max-file-size=2GB", "spring.servlet.multipart.max-request-size=2GB"})
class LargeUploadBenchmark {

    private static final long SIZE = 1L << 30;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aOneGigabyteProofUploadsAndStreamsBackWithA256MegabyteHeap() throws Exception {
        long heap = Runtime.getRuntime().maxMemory();
        assertThat(heap).as("run with -Xmx256m (see the class comment)").isLessThanOrEqualTo(256L << 20);
        AppClient staff = AppClient.signedIn(port, "personal.policia");
        staff.get("/profile");
        String file = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id::text from accreditation_file where agency_id = ?").param(DemoOrganisations.police(jdbc))
                .query(String.class).single());
        String number = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select number from file_standard where file_id = ?::uuid and status = 'NOT_STARTED'
                order by sort_key limit 1""").param(file).query(String.class).single());

        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        String boundary = "----acredita" + UUID.randomUUID();
        String head = field(boundary, "_csrf", staff.csrfToken())
                + field(boundary, "documentDate", LocalDate.now().minusDays(1).toString())
                + field(boundary, "cycleYear", "1")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"video-capacitacion.txt\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n";
        InputStream content = new DigestInputStream(new Generated(SIZE), sent);
        InputStream body = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), content,
                new ByteArrayInputStream(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)))));
        HttpClient http = HttpClient.newBuilder().cookieHandler(staff.cookies()).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/accreditation-files/" + file + "/standards/" + number + "/proofs"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(), HttpResponse.BodyHandlers.ofString());
        double uploadSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String sha = HexFormat.of().formatHex(sent.digest());
        assertThat(response.body()).contains("\"size\":" + SIZE).contains("\"sha256\":\"" + sha + "\"")
                .contains("\"textIndexed\":false");

        String proof = response.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        start = System.nanoTime();
        HttpResponse<InputStream> download = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/accreditation-files/" + file + "/standards/" + number + "/proofs/" + proof + "/content"))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        try (InputStream in = download.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; bytes += read) {
                received.update(buffer, 0, read);
            }
        }
        double downloadSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(bytes).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(sha);
        System.out.printf("%n==== Large upload benchmark (issue 5 §11) ====%nheap cap %d MB; 1 GiB proof uploaded in "
                + "%.1f s (%.0f MB/s), streamed back in %.1f s; SHA-256 identical%n", heap >> 20, uploadSeconds,
                1024 / uploadSeconds, downloadSeconds);
    }

    /**
     * Issue 17 §1: a 500 MiB proof, read from a file on the same disk as the store, through the raw-body PUT and
     * through the multipart form, each against {@code cp} + {@code sync} of the same file. Each upload gets its own
     * file (a different first line), so none is a duplicate of what the store already keeps.
     */
    @Test
    void aFiveHundredMegabyteProofUploadsNearTheSpeedOfCopyingItOnTheSameDisk() throws Exception {
        AppClient staff = AppClient.signedIn(port, "personal.policia");
        staff.get("/profile");
        String file = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id::text from accreditation_file where agency_id = ?").param(DemoOrganisations.police(jdbc))
                .query(String.class).single());
        String number = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select number from file_standard where file_id = ?::uuid and status = 'NOT_STARTED'
                order by sort_key limit 1 offset 1""").param(file).query(String.class).single());
        String proofs = "http://localhost:" + port + "/api/v1/accreditation-files/" + file + "/standards/" + number
                + "/proofs";
        String query = "?documentDate=" + LocalDate.now().minusDays(1) + "&cycleYear=1";
        HttpClient http = HttpClient.newBuilder().cookieHandler(staff.cookies()).build();
        Path directory = Files.createTempDirectory("upload-benchmark-");
        try {
            List<Double> copies = new java.util.ArrayList<>();
            List<Double> raws = new java.util.ArrayList<>();
            List<Double> multiparts = new java.util.ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                Path copied = written(directory.resolve("copy-" + round + ".txt"));
                Path raw = written(directory.resolve("raw-" + round + ".txt"));
                Path form = written(directory.resolve("form-" + round + ".txt"));
                run("sync");
                copies.add(seconds(() -> run("sh", "-c", "cp '" + copied + "' '" + copied + ".copy' && sync '"
                        + copied + ".copy'")));

                String sha = sha256Of(raw);
                HttpResponse<String>[] answer = new HttpResponse[1];
                raws.add(seconds(() -> answer[0] = http.send(HttpRequest.newBuilder(URI.create(proofs + "/"
                                + raw.getFileName() + query)).header("Content-Type", "text/plain")
                        .header("X-CSRF-TOKEN", staff.csrfToken()).header("Accept", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofFile(raw)).build(), HttpResponse.BodyHandlers.ofString())));
                assertThat(answer[0].statusCode()).as(answer[0].body()).isEqualTo(201);
                assertThat(answer[0].body()).contains("\"size\":" + MIB_500).contains("\"sha256\":\"" + sha + "\"");

                String boundary = "----acredita" + UUID.randomUUID();
                byte[] head = (field(boundary, "documentDate", LocalDate.now().minusDays(1).toString())
                        + field(boundary, "cycleYear", "1") + "--" + boundary + "\r\nContent-Disposition: form-data; "
                        + "name=\"file\"; filename=\"" + form.getFileName() + "\"\r\nContent-Type: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8);
                byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
                multiparts.add(seconds(() -> answer[0] = http.send(HttpRequest.newBuilder(URI.create(proofs))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("X-CSRF-TOKEN", staff.csrfToken()).header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                                HttpRequest.BodyPublishers.ofFile(form), HttpRequest.BodyPublishers.ofByteArray(tail)))
                        .build(), HttpResponse.BodyHandlers.ofString())));
                assertThat(answer[0].statusCode()).as(answer[0].body()).isEqualTo(201);
                for (Path used : List.of(copied, Path.of(copied + ".copy"), raw, form)) {
                    Files.delete(used);
                }
            }
            System.out.printf("%n==== 500 MiB proof against cp + sync (issue 17 §1), load average %s ====%n",
                    Files.readString(Path.of("/proc/loadavg")).trim());
            for (int round = 0; round < ROUNDS; round++) {
                double copy = copies.get(round);
                System.out.printf("round %d: cp + sync %.2f s (%.0f MB/s) | raw PUT %.2f s (%.0f MB/s), ratio %.2f"
                        + " | multipart %.2f s (%.0f MB/s), ratio %.2f%n", round + 1, copy, MIB_500 / 1e6 / copy,
                        raws.get(round), MIB_500 / 1e6 / raws.get(round), copy / raws.get(round),
                        multiparts.get(round), MIB_500 / 1e6 / multiparts.get(round), copy / multiparts.get(round));
            }
        } finally {
            try (var left = Files.list(directory)) {
                for (Path path : left.toList()) {
                    Files.deleteIfExists(path);
                }
            }
            Files.delete(directory);
        }
    }

    private static final long MIB_500 = 500L << 20;
    private static final int ROUNDS = 3;

    /** 500 MiB of text with a first line of its own, written and closed (still in the page cache, as cp's). */
    private static Path written(Path path) throws Exception {
        try (InputStream content = new SequenceInputStream(new ByteArrayInputStream((UUID.randomUUID() + "\n")
                .getBytes(StandardCharsets.UTF_8)), new Generated(MIB_500 - 37))) {
            Files.copy(content, path);
        }
        return path;
    }

    private static String sha256Of(Path path) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(path)) {
            byte[] buffer = new byte[1 << 20];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static double seconds(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }

    /** Lines of text, generated as they are read: a large plain-text proof that never exists in memory. */
    private static final class Generated extends InputStream {

        private static final byte[] LINE = ("Registro de capacitación en uso de la fuerza; asistencia verificada "
                + "por el supervisor de turno.\n").getBytes(StandardCharsets.UTF_8);
        private final long size;
        private long position;

        Generated(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? LINE[(int) (position++ % LINE.length)] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = LINE[(int) ((position + i) % LINE.length)];
            }
            position += count;
            return count;
        }
    }
}
