package org.acredita.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Manuals exported to and imported from XLSX and CSV through the API, as the programme manager. */
@AcreditaIntegrationTest
class SpreadsheetImportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String IMPORTS = "/api/v1/manuals/imports";
    private static final List<String> TABLES = List.of("manual_edition", "size_class", "tier", "chapter", "section",
            "standard", "standard_level", "standard_tier", "standard_function", "element");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportsToXlsxAndCsvAndImportsBothBackLosslessly() throws IOException {
        AppClient manager = manager();
        String code = "S-" + UUID.randomUUID().toString().substring(0, 8);
        UUID edition = importTestManual(manager, code);
        String first = export(manager, edition, "acredita-json").body();

        AppClient.Response xlsx = export(manager, edition, "xlsx");
        assertThat(xlsx.header("Content-Disposition")).contains(code + "-2026.xlsx");
        assertThat(xlsx.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        byte[] workbook = edited(xlsx.bytes(), sheet -> sheet.getWorkbook().getSheet("manual").getRow(1).getCell(1)
                .setCellValue("2026-x"));
        // Detected by its content: the file name says nothing.
        UUID fromXlsx = created(manager.upload(IMPORTS, "manual.bin", workbook, false));
        assertThat(export(manager, fromXlsx, "acredita-json").body().replace("\"2026-x\"", "\"2026\"")).isEqualTo(first);

        AppClient.Response csv = export(manager, edition, "csv");
        assertThat(csv.header("Content-Disposition")).contains(code + "-2026.csv");
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF#code=" + code + "\r\n#version=2026\r\n");
        UUID fromCsv = created(manager.upload(IMPORTS, "manual.csv",
                text.replace("#version=2026\r\n", "#version=2026-c\r\n").getBytes(StandardCharsets.UTF_8), false));
        assertThat(export(manager, fromCsv, "acredita-json").body().replace("\"2026-c\"", "\"2026\"")).isEqualTo(first);
        // The CSV of the re-imported edition is the same file again, version aside.
        assertThat(new String(export(manager, fromCsv, "csv").bytes(), StandardCharsets.UTF_8)
                .replace("#version=2026-c", "#version=2026")).isEqualTo(text);
    }

    @Test
    void listsEveryProblemAtItsCellInSpanishAndEnglishAndStoresNothing() throws IOException {
        AppClient manager = manager();
        UUID edition = importTestManual(manager, "S-" + UUID.randomUUID().toString().substring(0, 8));
        // Rows: 2 is 1.1.1, 3 is 1.1.2, 8 is 1.2.9, 9 is 1.2.10, 14 is 2.2.2 (elements have rows of their own).
        byte[] workbook = edited(export(manager, edition, "xlsx").bytes(), sheet -> {
            sheet.getWorkbook().getSheet("manual").getRow(1).getCell(1).setCellValue("2026-bad");
            sheet.getRow(2).getCell(0).setCellValue("1.1.1");
            sheet.getRow(7).getCell(16).setCellValue("MAYBE");
            sheet.getRow(13).getCell(19).setCellValue("K9;FLYING");
            sheet.getRow(8).getCell(9).setBlank();
        });
        String csv = new String(export(manager, edition, "csv").bytes(), StandardCharsets.UTF_8)
                .replace("#version=2026\r\n", "#version=2026-bad\r\n")
                .replace("\r\n1.1.2,", "\r\n1.1.1,")
                .replace(",MANDATORY,A:OTHER,", ",MAYBE,A:OTHER,")
                .replace(",TACTICAL_TEAM;K9,", ",TACTICAL_TEAM;FLYING,")
                .replace(",Directive review,", ",,");
        Map<String, Long> before = counts();

        AppClient.Response spanish = uploadIn(manager, "es-MX", "manual.xlsx", workbook);
        assertThat(spanish.status()).as(spanish.body()).isEqualTo(422);
        assertThat(locations(spanish)).containsExactlyInAnyOrder("standards!A3", "standards!Q8", "standards!T14",
                "standards!J9");
        assertThat(messages(spanish)).contains("Hoja «standards», celda T14: Función de la institución desconocida: FLYING.");
        AppClient.Response english = uploadIn(manager, "en", "manual.xlsx", workbook);
        assertThat(locations(english)).containsExactlyInAnyOrderElementsOf(locations(spanish));
        assertThat(messages(english)).anySatisfy(message -> assertThat(message).startsWith("Sheet “standards”, cell J9: "));

        // In CSV the 11 metadata lines and the header come first: line = row + 11.
        AppClient.Response lines = uploadIn(manager, "es-MX", "manual.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(lines.status()).as(lines.body()).isEqualTo(422);
        assertThat(locations(lines)).containsExactlyInAnyOrder("A14", "Q19", "T25", "J20");
        assertThat(messages(lines)).anySatisfy(message -> assertThat(message).startsWith("Línea 25, columna T: "));
        AppClient.Response rows = uploadIn(manager, "en", "manual.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(messages(rows)).anySatisfy(message -> assertThat(message).startsWith("Row 19, column Q: "));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aCorruptWorkbookIsOneProblem() {
        AppClient manager = manager();
        Map<String, Long> before = counts();
        AppClient.Response response = uploadIn(manager, "es-MX", "manual.xlsx",
                "PK\u0003\u0004 esto no es un libro".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(response.status()).isEqualTo(422);
        assertThat(messages(response)).singleElement()
                .satisfies(message -> assertThat(message).startsWith("El archivo no es un libro de Excel"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void agencyUsersMayNotImportSpreadsheets() {
        AppClient agency = AppClient.signedIn(port, "gerente.policia");
        agency.get("/");
        AppClient.Response response = agency.upload(IMPORTS, "manual.csv",
                "number,element\r\n".getBytes(StandardCharsets.UTF_8), false);
        assertThat(response.status()).isEqualTo(403);
    }

    /**
     * A signed-in person's saved language wins over the browser's: switch it for the upload, then back
     * to the person's own (the programme manager reads English), as other test classes expect.
     */
    private static AppClient.Response uploadIn(AppClient client, String language, String fileName, byte[] content) {
        String saved = client.getJson("/api/v1/me").body().replaceAll("(?s).*\"locale\":\"([^\"]+)\".*", "$1");
        client.language(language).postForm("/language", Map.of("lang", language, "redirect", "/"));
        try {
            return client.upload(IMPORTS, fileName, content, false);
        } finally {
            client.language(saved).postForm("/language", Map.of("lang", saved, "redirect", "/"));
        }
    }

    private interface Edit {
        void apply(Sheet standards) throws IOException;
    }

    /** The workbook with its "standards" sheet (and through it the "manual" sheet) changed as a person would. */
    private static byte[] edited(byte[] xlsx, Edit edit) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.apply(workbook.getSheet("standards"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private UUID importTestManual(AppClient manager, String code) {
        ObjectNode manual;
        try (InputStream in = SpreadsheetImportTest.class.getResourceAsStream("/standards/test-manual.json")) {
            manual = (ObjectNode) JSON.readTree(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        manual.put("code", code);
        manual.remove("crosswalk"); // a spreadsheet does not carry crosswalks
        return created(manager.upload(IMPORTS, "manual.json", JSON.writeValueAsBytes(manual), false));
    }

    private static AppClient.Response export(AppClient client, UUID edition, String format) {
        AppClient.Response response = client.get("/api/v1/manuals/" + edition + "/export?format=" + format);
        assertThat(response.status()).as(format).isEqualTo(200);
        return response;
    }

    private AppClient manager() {
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        manager.get("/");
        return manager;
    }

    private static UUID created(AppClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(response.body()).get("id").stringValue());
    }

    private static List<String> locations(AppClient.Response response) {
        List<String> locations = new ArrayList<>();
        JSON.readTree(response.body()).get("errors").forEach(error -> locations.add(error.get("location").stringValue()));
        return locations;
    }

    private static List<String> messages(AppClient.Response response) {
        List<String> messages = new ArrayList<>();
        JSON.readTree(response.body()).get("errors").forEach(error -> messages.add(error.get("message").stringValue()));
        return messages;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
