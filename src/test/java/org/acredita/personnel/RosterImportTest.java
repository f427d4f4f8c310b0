package org.acredita.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Roster imports through the API and the pages, on the demo C5's roster: all or nothing, located errors in the
 * reader's language, re-imports matched by employee number, the preview that writes nothing.
 */
@AcreditaIntegrationTest
class RosterImportTest {

    private static final String HEADER = "numero_empleado,nombre,grado,unidad,puesto,correo\r\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UUID c5;
    AppClient manager;
    String run;

    @BeforeEach
    void signIn() {
        c5 = DemoOrganisations.c5(jdbc);
        manager = AppClient.signedIn(port, "gerente.c5");
        manager.get("/profile");
        run = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private String imports() {
        return "/api/v1/agencies/" + c5 + "/personnel/imports";
    }

    private byte[] csv(String... rows) {
        return (HEADER + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private long rows(String sql, Object... params) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    private String status(String number) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select status || '/' || coalesce(position, '') from personnel_member where agency_id = ? and employee_number = ?")
                .params(c5, number).query(String.class).single());
    }

    @Test
    void managerImportsARosterThenReimportsSeeingWhoIsNewChangedAndSeparatedBeforeCommitting() {
        AppClient.Response first = manager.upload(imports(), "padron.csv", csv(
                run + "-1,Ana Canul Pech,Operadora,Atención de llamadas,Operadora 9-1-1,ana@c5.example.mx",
                run + "-2,Luis May Chan,Supervisor,Atención de llamadas,Supervisor de turno,",
                run + "-3,Rosa Poot Ek,Operadora,Despacho,Despachadora,"), false);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"committed\":true").contains("\"newPeople\":3")
                .contains("\"newUnits\":[\"Atención de llamadas\",\"Despacho\"]");

        byte[] second = csv(
                run + "-1,Ana Canul Pech,Operadora,Despacho,Operadora 9-1-1,ana@c5.example.mx",
                run + "-2,Luis May Chan,Supervisor,Atención de llamadas,Supervisor de turno,",
                run + "-4,Pedro Dzul Uc,Operador,Despacho,Operador 9-1-1,");
        AppClient.Response preview = manager.upload(imports() + "?preview=true", "padron.csv", second, false);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("\"committed\":false").contains("\"newPeople\":1").contains("\"changed\":1")
                .contains("\"separated\":1").contains("\"unchanged\":1")
                .contains("{\"kind\":\"CHANGED\",\"row\":2,\"employeeNumber\":\"" + run + "-1\",\"name\":\"Ana Canul Pech\","
                        + "\"fields\":[\"UNIT\"]}")
                .contains("{\"kind\":\"SEPARATED\",\"row\":0,\"employeeNumber\":\"" + run + "-3\"")
                .contains("{\"kind\":\"NEW\",\"row\":4,\"employeeNumber\":\"" + run + "-4\"");
        assertThat(status(run + "-3")).as("the preview wrote nothing").startsWith("ACTIVE");
        assertThat(rows("select count(*) from personnel_member where employee_number = ?", run + "-4")).isZero();

        assertThat(manager.upload(imports(), "padron.csv", second, false).status()).isEqualTo(201);
        assertThat(status(run + "-3")).startsWith("SEPARATED");
        assertThat(status(run + "-4")).isEqualTo("ACTIVE/Operador 9-1-1");
        String list = manager.getJson("/api/v1/agencies/" + c5 + "/personnel?status=ACTIVE&q=" + run).body();
        assertThat(list).contains("Pedro Dzul Uc").contains("\"unit\":\"Despacho\"").doesNotContain("Rosa Poot Ek");
        assertThat(rows("select count(*) from audit_event where action = 'PERSONNEL_IMPORTED' and agency_id = ?", c5))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aFaultyFileIsRefusedWholeWithEveryProblemAtItsRowAndColumnInTheReadersLanguage() {
        long before = rows("select count(*) from personnel_member where agency_id = ?", c5);
        AppClient.Response refused = manager.upload(imports(), "padron.csv", csv(
                run + "-7,Ana Canul Pech,Operadora,Despacho,,",
                run + "-7,Luis May Chan,Supervisor,Despacho,,",
                ",Sin Número,Operadora,Despacho,,",
                run + "-8,Rosa\u0000Poot,Operadora,Despacho,,",
                run + "-9,Pedro Dzul,Operador,Despacho,,no-es-correo"), false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body())
                .contains("El padrón no se importó: el archivo tiene 4 problemas. No se cambió nada.")
                .contains("{\"location\":\"A3\",\"message\":\"Fila 3, columna A (Número de empleado): el número de "
                        + "empleado " + run + "-7 ya aparece en la fila 2.\"}")
                .contains("\"location\":\"A4\"").contains("falta este dato, que es obligatorio.")
                .contains("{\"location\":\"B5\",\"message\":\"Fila 5, columna B (Nombre): tiene un carácter de control")
                .contains("\"location\":\"F6\"").contains("«no-es-correo» no es un correo electrónico.");
        assertThat(rows("select count(*) from personnel_member where agency_id = ?", c5)).isEqualTo(before);

        AppClient.Response english = manager.upload(imports() + "?lang=en", "roster.csv",
                "employee_number,name,rank\r\n1,Ana,Operadora\r\n".getBytes(StandardCharsets.UTF_8), false);
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.body()).contains("The header row (row 1) lacks the column \\\"unit\\\" (or \\\"unidad\\\").");
    }

    @Test
    void aFileOfAHundredThousandRowsIsRefusedWithTheLimit() {
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i < 100_000; i++) {
            big.append(run).append('-').append(i).append(",Persona ").append(i).append(",Operadora,Despacho,,\r\n");
        }
        AppClient.Response refused = manager.upload(imports(), "grande.csv",
                big.toString().getBytes(StandardCharsets.UTF_8), false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("más de 50,000 personas, el límite de un padrón").contains("\"location\":\"A50002\"");
        assertThat(rows("select count(*) from personnel_member where employee_number like ?", run + "-%")).isZero();
    }

    @Test
    void aWorkbookWhoseSheetUnpacksLikeABombIsRefusedQuicklyNamingThePart() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(new byte[40 * 1024 * 1024]);
            zip.closeEntry();
        }
        long start = System.nanoTime();
        AppClient.Response refused = manager.upload(imports() + "?lang=en", "padron.xlsx", bomb.toByteArray(), false);
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(2));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("\"location\":\"xl/worksheets/sheet1.xml\"")
                .contains("The workbook unpacks to too much");
    }

    @Test
    void aRowOfAMillionColumnsIsRefusedAtTheRow() {
        AppClient.Response refused = manager.upload(imports(), "padron.csv",
                (HEADER + ",".repeat(1_000_000) + "\r\n").getBytes(StandardCharsets.UTF_8), false);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("más de 1,000 columnas").contains("2\"");
    }

    @Test
    void anXlsxRosterImportsLikeACsvOne() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Padrón");
            String[][] cells = {{"Número de empleado", "Nombre", "Grado", "Unidad", "Estado"},
                {run + "-X1", "Itzel Balam Cen", "Operadora", "Despacho", "licencia"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(out);
        }
        AppClient.Response preview = manager.upload(imports() + "?preview=true", "padron.xlsx", out.toByteArray(), false);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("{\"kind\":\"NEW\",\"row\":2,\"employeeNumber\":\"" + run + "-X1\"");
    }

    @Test
    void thePageShowsTheDiffAndCommitsOnlyOnConfirmation() {
        AppClient page = AppClient.signedIn(port, "gerente.c5");
        page.get("/agencies/" + c5 + "/personnel");
        AppClient.Response shown = page.upload("/agencies/" + c5 + "/personnel/imports", "padron.csv", csv(
                run + "-P1,Citlali Ek Pool,Operadora,Despacho,,"), true);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("El archivo agrega 1 persona").contains(run + "-P1 · Citlali Ek Pool");
        assertThat(rows("select count(*) from personnel_member where employee_number = ?", run + "-P1")).isZero();
        String action = shown.body().replaceFirst("(?s).*<form method=\"post\" action=\"([^\"]+)\"[^>]*data-testid=\"confirm-import\".*", "$1");
        String separated = shown.body().replaceFirst("(?s).*name=\"separated\" value=\"(\\d+)\".*", "$1");
        AppClient.Response confirmed = page.postForm(action, Map.of("newPeople", "1", "changed", "0",
                "separated", separated));
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(rows("select count(*) from personnel_member where employee_number = ?", run + "-P1")).isEqualTo(1);
        assertThat(page.postForm(action, Map.of("newPeople", "1")).status()).isEqualTo(302);
        assertThat(rows("select count(*) from personnel_member where employee_number = ?", run + "-P1")).isEqualTo(1);

        AppClient.Response faulty = page.upload("/agencies/" + c5 + "/personnel/imports", "padron.csv",
                "nombre\r\nAna\r\n".getBytes(StandardCharsets.UTF_8), true);
        assertThat(faulty.status()).isEqualTo(422);
        assertThat(faulty.body()).contains("Falta la columna «numero_empleado» (o «employee_number»)");
    }

    @Test
    void managerAddsAndCorrectsAPersonAndAnAdvisorOnlyReads() {
        String base = "/api/v1/agencies/" + c5 + "/personnel";
        manager.upload(imports() + "?preview=false", "padron.csv", csv(run + "-E1,Karla Uc,Operadora,Despacho,,"), false);
        AppClient.Response added = manager.sendJson("POST", base, "{\"employeeNumber\":\"" + run + "-E2\",\"name\":"
                + "\"Mario Chi\",\"rank\":\"operadora\",\"unit\":\"Despacho\",\"phone\":\"999 123 4567\"}", true);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String id = added.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
        AppClient.Response taken = manager.sendJson("PATCH", base + "/" + id, "{\"employeeNumber\":\"" + run
                + "-E1\",\"name\":\"Mario Chi\",\"rank\":\"Operadora\",\"unit\":\"Despacho\"}", true);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("Otra persona del padrón ya tiene el número de empleado " + run + "-E1");
        assertThat(manager.sendJson("PATCH", base + "/" + id, "{\"employeeNumber\":\"" + run + "-E2\",\"name\":"
                + "\"Mario Chi Canché\",\"rank\":\"Operadora\",\"unit\":\"Despacho\",\"status\":\"ON_LEAVE\"}", true)
                .body()).contains("\"name\":\"Mario Chi Canché\"").contains("\"status\":\"ON_LEAVE\"");

        AppClient advisor = AppClient.signedIn(port, "asesor");
        advisor.get("/profile");
        assertThat(advisor.getJson(base + "?q=" + run).body()).contains("Mario Chi Canché");
        assertThat(advisor.get("/agencies/" + c5 + "/personnel").body()).contains("Mario Chi Canché")
                .doesNotContain("data-testid=\"import-form\"");
        assertThat(advisor.sendJson("POST", base, "{\"employeeNumber\":\"" + run + "-E3\",\"name\":\"X\","
                + "\"rank\":\"Operadora\",\"unit\":\"Despacho\"}", true).status()).isEqualTo(403);
        assertThat(advisor.upload(imports(), "padron.csv", csv(run + "-E4,X,Operadora,Despacho,,"), false).status())
                .isEqualTo(403);
    }
}
