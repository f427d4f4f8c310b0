package org.acredita.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.acredita.support.SchemaOwner;
import org.acredita.support.UserLanguages;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit log as CSV and XLSX: the filtered events in words and names with the verification of their stretch of
 * the chain, for the same readers as the log page, with formula-looking text neutralised.
 */
@AcreditaIntegrationTest
class AuditExportTest {

    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    Environment environment;

    private UUID agency;
    private String agencyName;
    private String chief;

    /** A new agency (its name looks like a formula) created by the administrator, and its chief executive. */
    @BeforeEach
    void anAgencyWithItsOwnEvents() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile"); // the page gives the session its CSRF token
        agencyName = "=SUMA(1;2) Policía Auditada " + UUID.randomUUID().toString().substring(0, 8);
        AppClient.Response created = admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"" + agencyName + "\",\"stateCode\":\"22\"}", true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        agency = UUID.fromString(created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
        chief = NewAccounts.create(users, agency, Role.AGENCY_CEO);
    }

    @Test
    void theAgencyReadsItsOwnEventsInWordsAndNamesWithTheChainVerified() {
        AppClient ceo = AppClient.signedIn(port, chief, NewAccounts.PASSWORD);
        AppClient.Response csv = ceo.get("/api/v1/audit/export?format=csv", "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("bitacora-de-auditoria-").contains(".csv");
        List<String> lines = lines(csv);
        assertThat(lines.get(0)).matches("\uFEFFCadena verificada de la entrada \\d+ a la \\d+: íntegra\\.");
        assertThat(lines.get(1)).isEqualTo(
                "Entrada,Fecha y hora (America/Mexico_City),Quién,Acción,Objeto,Qué cambió");
        String created = lines.stream().filter(line -> line.contains("Organización creada")).findFirst().orElseThrow();
        // Names and words as the page shows them; the agency's name, formula-like, is marked as text.
        assertThat(created).contains(adminName()).contains(",Organización,").contains("'=SUMA(1;2) Policía Auditada")
                .doesNotContain("ORGANISATION_CREATED");
        assertThat(lines).anyMatch(line -> line.contains(",El sistema,Usuario creado,Usuario,"));
        // Only the agency's events: nothing of the demo police force.
        String police = DemoOrganisations.police(jdbc).toString();
        assertThat(csv.body()).doesNotContain("Querétaro");
        assertThat(eventsOf(lines)).allSatisfy(id -> assertThat(agencyOf(id)).isEqualTo(agency));

        assertThat(ceo.get("/api/v1/audit/export?format=csv&agencyId=" + police).status()).isEqualTo(404);
        assertThat(AppClient.signedIn(port, "financiador").get("/api/v1/audit/export?format=csv").status())
                .isEqualTo(403);
        assertThat(ceo.get("/api/v1/audit/export?format=pdf").status()).isEqualTo(400);

        // The page offers both downloads with its filters, and its own route answers the same.
        assertThat(ceo.get("/audit?actor=admin").body()).contains("data-testid=\"audit-export-csv\"")
                .contains("/audit/export?format=xlsx&amp;action=&amp;actor=admin");
        AppClient.Response fromPage = ceo.get("/audit/export?format=csv&actor=admin", "text/csv");
        assertThat(fromPage.status()).isEqualTo(200);
        assertThat(lines(fromPage)).hasSize(3);
    }

    @Test
    void theAdministratorFiltersByAgencyPersonAndPeriodAsXlsxInEnglish() throws IOException {
        String today = LocalDate.now(MEXICO).toString();
        UserLanguages languages = new UserLanguages(port, jdbc);
        AppClient admin = languages.in("en", "admin");
        try {
            AppClient.Response xlsx = admin.get("/api/v1/audit/export?format=xlsx&agencyId=" + agency
                    + "&person=admin&from=" + today + "&to=" + today,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(200);
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
                Sheet sheet = book.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                        .matches("Chain verified from entry \\d+ to \\d+: intact\\.");
                assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("What changed");
                assertThat(sheet.getLastRowNum()).isEqualTo(2);
                Row event = sheet.getRow(2);
                assertThat(event.getCell(2).getStringCellValue()).isEqualTo(adminName());
                assertThat(event.getCell(3).getStringCellValue()).isEqualTo("Organisation created");
                assertThat(event.getCell(5).getCellType()).isEqualTo(CellType.STRING);
                assertThat(event.getCell(5).getStringCellValue()).startsWith("'=SUMA(1;2)");
                assertThat(event.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            }
        } finally {
            languages.giveBack();
        }
    }

    @Test
    void anAlteredEventShowsWhereTheChainBreaks() throws SQLException {
        long created = eventsOf(lines(AppClient.signedIn(port, chief, NewAccounts.PASSWORD)
                .get("/api/v1/audit/export?format=csv", "text/csv"))).get(0);
        String summary = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select summary from audit_event where id = ?").param(created).query(String.class).single());
        DataSource owner = SchemaOwner.of(environment);
        tamper(owner, created, "Nada que ver");
        try {
            List<String> lines = lines(AppClient.signedIn(port, chief, NewAccounts.PASSWORD)
                    .get("/api/v1/audit/export?format=csv", "text/csv"));
            assertThat(lines.get(0)).contains("rota en la entrada " + created).contains("fue modificado");
        } finally {
            tamper(owner, created, summary);
        }
        assertThat(lines(AppClient.signedIn(port, chief, NewAccounts.PASSWORD)
                .get("/api/v1/audit/export?format=csv", "text/csv")).get(0)).endsWith("íntegra.");
    }

    /** As an attacker with the owner's rights would, triggers off; the test puts the original text back. */
    private static void tamper(DataSource owner, long id, String summary) throws SQLException {
        try (Connection connection = owner.getConnection(); Statement off = connection.createStatement();
                PreparedStatement update = connection.prepareStatement(
                        "update audit_event set summary = ? where id = ?")) {
            off.execute("set session_replication_role = replica");
            update.setString(1, summary);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private String adminName() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select display_name from app_user where username = 'admin'").query(String.class).single());
    }

    private UUID agencyOf(long event) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select agency_id from audit_event where id = ?")
                .param(event).query(UUID.class).single());
    }

    private static List<Long> eventsOf(List<String> lines) {
        List<Long> ids = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            ids.add(Long.parseLong(line.substring(0, line.indexOf(','))));
        }
        return ids;
    }

    private static List<String> lines(AppClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return List.of(new String(response.bytes(), StandardCharsets.UTF_8).split("\r\n"));
    }
}
