package org.acredita.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 §6: every manual format refuses a hostile file within a second or two, with a located message in the
 * reader's language, instead of holding a core for minutes or exhausting the heap. The files are made here.
 */
@AcreditaIntegrationTest
class HostileManualFilesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String IMPORTS = "/api/v1/manuals/imports?lang=es";
    private static final String IMPORTS_EN = "/api/v1/manuals/imports?lang=en";
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    @LocalServerPort
    int port;

    @Test
    void yamlWithFortyThousandUnexpectedKeysIsRefusedQuicklyListingTheFirstHundredAndTheCount() {
        StringBuilder yaml = new StringBuilder("format: acredita-manual/1\n");
        for (int i = 0; i < 40_000; i++) {
            yaml.append("unexpected").append(i).append(": x\n");
        }
        AppClient.Response refused = timed(() -> manager().upload(IMPORTS, "manual.yaml", bytes(yaml), false));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.bytes().length).as("answer size").isLessThan(100_000);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("errors")).hasSize(100);
        assertThat(problem.get("detail").stringValue()).containsPattern("40\\D?0\\d\\d problemas")
                .contains("primeros 100");
        assertThat(errors(refused)).anySatisfy(error -> {
            assertThat(error.get("location").stringValue()).startsWith("/unexpected");
            assertThat(error.get("message").stringValue()).contains("no forma parte del formato");
        });
    }

    @Test
    void yamlAliasBombIsRefusedQuicklyWithItsLine() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        AppClient.Response refused = timed(() -> manager()
                .upload(IMPORTS_EN, "manual.yaml", bytes(yaml), false));

        // Whether the parser stops at the aliases or the schema refuses the keys, nothing is expanded.
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.bytes().length).isLessThan(100_000);
        assertThat(errors(refused)).isNotEmpty().allSatisfy(error ->
                assertThat(error.get("message").stringValue()).isNotBlank());
    }

    @Test
    void jsonNestedTenThousandLevelsDeepIsRefusedQuicklyWithItsPlace() {
        String json = "[".repeat(10_000) + "]".repeat(10_000);
        AppClient.Response refused = timed(() -> manager()
                .upload(IMPORTS_EN, "manual.json", bytes(json), false));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).singleElement().satisfies(error -> {
            assertThat(error.get("location").stringValue()).matches("1:\\d+");
            assertThat(error.get("message").stringValue()).isEqualTo("The file nests values more than 32 levels deep.");
        });
    }

    @Test
    void csvWithALineOfAMillionCommasIsRefusedQuicklyAtItsRow() {
        String csv = "#format=acredita-manual/1\r\n" + ",".repeat(1_000_000) + "\r\n";
        AppClient.Response refused = timed(() -> manager().upload(IMPORTS, "manual.csv", bytes(csv), false));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).singleElement().satisfies(error -> {
            assertThat(error.get("location").stringValue()).endsWith("2");
            assertThat(error.get("message").stringValue()).contains("más de 1,000 columnas");
        });
    }

    @Test
    void workbookWhosePartUnpacksToHundredsOfMegabytesIsRefusedQuicklyNamingThePart() {
        byte[] bomb = zip(List.of(new Entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                new Entry("xl/sharedStrings.xml", new byte[50 * 1024 * 1024])));
        assertThat(bomb.length).isLessThan(1024 * 1024);
        AppClient.Response refused = timed(() -> manager().upload(IMPORTS, "manual.xlsx", bomb, false));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).singleElement().satisfies(error -> {
            assertThat(error.get("location").stringValue()).isEqualTo("xl/sharedStrings.xml");
            assertThat(error.get("message").stringValue()).contains("tamaño descomprimido");
        });
    }

    @Test
    void workbookCarryingEightyEightMegabytesOfPaddingIsReadWithoutHoldingThePadding() {
        AppClient manager = manager();
        String edition = JSON.readTree(manager.getJson("/api/v1/manuals").body()).get(0).get("id").stringValue();
        AppClient.Response exported = manager.get("/api/v1/manuals/" + edition + "/export?format=xlsx");
        assertThat(exported.status()).isEqualTo(200);
        List<Entry> entries = new ArrayList<>();
        for (Entry entry : unzip(exported.bytes())) {
            // The padding is declared, as in the reported file, so the workbook stays valid.
            entries.add(!entry.name().equals("[Content_Types].xml") ? entry : new Entry(entry.name(),
                    new String(entry.content(), StandardCharsets.UTF_8).replace("</Types>",
                            "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8)));
        }
        // Runs of random bytes: packed about twenty to one, like the reported 17.7 MB file, so no bomb by ratio.
        byte[] padding = new byte[22 * 1024 * 1024];
        java.util.Random random = new java.util.Random(14);
        for (int run = 0; run < padding.length; run += 50) {
            java.util.Arrays.fill(padding, run, Math.min(run + 50, padding.length), (byte) random.nextInt(256));
        }
        for (int i = 0; i < 4; i++) {
            entries.add(new Entry("xl/media/padding" + i + ".bin", padding));
        }
        byte[] padded = zip(entries);
        assertThat(padded.length).isLessThan(20 * 1024 * 1024);

        AppClient.Response refused = timed(() -> manager.upload(IMPORTS, "manual.xlsx", padded, false));

        // Read to the end: the only problem is that this edition exists already.
        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).anySatisfy(error ->
                assertThat(error.get("message").stringValue()).contains("ya existe"));
    }

    @Test
    void oscalCatalogWhoseParametersInsertEachOtherTwentyTimesPerLevelIsRefusedQuicklyAtItsControl() {
        StringBuilder params = new StringBuilder();
        for (int level = 0; level < 6; level++) {
            String insert = level < 5 ? ("{{ insert: param, p" + (level + 1) + " }} ").repeat(20) : "hoja";
            params.append(level == 0 ? "" : ",").append("{\"id\": \"p").append(level).append("\", \"values\": [\"")
                    .append(insert).append("\"]}");
        }
        String catalog = """
                {"catalog": {"uuid": "0b8f5a1e-58a4-4c43-9d6b-7d0b1c2e3f41",
                  "metadata": {"title": "Hostile catalog", "last-modified": "2025-02-03T04:05:06Z", "version": "1",
                    "oscal-version": "1.1.0"},
                  "params": [%s],
                  "groups": [{"title": "G", "controls": [{"id": "c-1", "title": "Control",
                    "parts": [{"name": "statement", "prose": "Do {{ insert: param, p0 }}."}]}]}]}}
                """.formatted(params);
        AppClient.Response refused = timed(() -> manager()
                .upload(IMPORTS_EN, "catalog.json", bytes(catalog), false));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(errors(refused)).singleElement().satisfies(error -> {
            assertThat(error.get("location").stringValue()).isEqualTo("/catalog/groups/0/controls/0");
            assertThat(error.get("message").stringValue()).startsWith("Inserting parameter p");
        });
    }

    private record Entry(String name, byte[] content) {
    }

    private static AppClient.Response timed(Supplier<AppClient.Response> request) {
        long start = System.nanoTime();
        AppClient.Response response = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(response.body()).isLessThan(QUICKLY);
        return response;
    }

    private AppClient manager() {
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        manager.get("/");
        return manager;
    }

    private static List<JsonNode> errors(AppClient.Response response) {
        List<JsonNode> errors = new ArrayList<>();
        JSON.readTree(response.body()).get("errors").forEach(errors::add);
        return errors;
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Through a file: POI writes entries whose sizes a {@code ZipInputStream} cannot follow. */
    private static List<Entry> unzip(byte[] bytes) {
        List<Entry> entries = new ArrayList<>();
        try {
            Path file = Files.createTempFile("exported", ".xlsx");
            try {
                Files.write(file, bytes);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            entries.add(new Entry(entry.getName(), in.readAllBytes()));
                        }
                    }
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
