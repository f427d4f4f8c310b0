package org.acredita.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The programme dashboard through API, pages and exports, with what each party may see of it. */
@AcreditaIntegrationTest
class DashboardApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private AppClient client(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    private UUID programme() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from funded_programme where name like '%demostración%'").query(UUID.class).single());
    }

    @Test
    void theFunderSeesTheWholeProgrammeByPhaseKindAndState() {
        String body = client("financiador").getJson("/api/v1/programmes/" + programme() + "/dashboard").body();
        assertThat(body).contains("\"agencies\":20").contains("\"goal\":15").contains("\"accredited\":4")
                .contains("\"22\":1").contains("\"31\":1").contains("\"08\":1")
                .contains("\"LAW_ENFORCEMENT\":12").contains("\"06\":1").contains("\"COMMUNICATIONS_CENTRE\":4").contains("\"ACADEMY\":3")
                .contains("\"next90Days\":").contains("\"technicalAssistance\":{\"sessions\":")
                .contains("\"accreditedOverTime\":[{\"month\":").contains("\"averageReadiness\":")
                .contains("\"readinessByState\":{").contains("\"22\":");
    }

    @Test
    void theCommissionsAwardsExpiriesConditionsAndOverdueReportsShowOnTheApiAndThePage() {
        UUID programme = programme();
        AppClient funder = client("financiador");
        // The demo: the police accredited today with one condition due in 90 days; Colima awarded 23 months ago.
        String body = funder.getJson("/api/v1/programmes/" + programme + "/dashboard").body();
        assertThat(body).contains("\"awards\":{\"awardedAgencies\":2,\"expiringIn12Months\":0,"
                + "\"conditionsOpen\":1,\"conditionsOverdue\":0,\"annualReportsOverdue\":");
        String page = funder.get("/programmes/" + programme + "/dashboard").body();
        assertThat(page).contains("data-testid=\"kpi-awarded\">2<")
                .contains("href=\"/programmes/" + programme + "/awards\" data-testid=\"kpi-conditions\">1 open condition · none overdue")
                .contains("No accreditation expires within 12 months");
        String police = client("gerente.policia").getJson("/api/v1/programmes/" + programme + "/dashboard").body();
        assertThat(police).contains("\"awardedAgencies\":1,").contains("\"conditionsOpen\":1,");
    }

    @Test
    void agencyPeopleAndAdvisorsSeeOnlyTheAgenciesTheyReach() {
        UUID programme = programme();
        String police = client("gerente.policia").getJson("/api/v1/programmes/" + programme + "/dashboard").body();
        assertThat(police).contains("\"agencies\":1").contains("\"22\":1").doesNotContain("\"31\"")
                .doesNotContain("Mérida");
        String advisor = client("asesor").getJson("/api/v1/programmes/" + programme + "/dashboard").body();
        assertThat(advisor).contains("\"agencies\":2").doesNotContain("\"08\"").doesNotContain("Chihuahua");
        String drill = client("asesor").get("/programmes/" + programme + "/dashboard/agencies").body();
        assertThat(drill).contains("Querétaro").contains("Mérida").doesNotContain("Chihuahua");
        String csv = new String(client("gerente.c5").get("/programmes/" + programme + "/dashboard/export.csv").bytes(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Mérida").doesNotContain("Querétaro").doesNotContain("Chihuahua");
    }

    @Test
    void aProgrammeTheCallerDoesNotTakePartInIsNotFound() {
        AppClient admin = client("admin");
        AppClient.Response created = admin.sendJson("POST", "/api/v1/programmes", "{\"name\":\"Programa Pacífico "
                + UUID.randomUUID().toString().substring(0, 6) + "\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2029-12-31\"}",
                true);
        String id = created.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
        AppClient manager = client("gerente.policia");
        assertThat(manager.getJson("/api/v1/programmes/" + id + "/dashboard").status()).isEqualTo(404);
        assertThat(manager.get("/programmes/" + id + "/dashboard").status()).isEqualTo(404);
        assertThat(manager.get("/programmes/" + id + "/dashboard/export.xlsx").status()).isEqualTo(404);
        assertThat(admin.getJson("/api/v1/programmes/" + id + "/dashboard").body()).contains("\"agencies\":0");
    }

    @Test
    void drillDownAndExportsFollowTheFilterInTheReadersLanguage() throws Exception {
        UUID programme = programme();
        AppClient pm = client("calea.pm");
        pm.postForm("/language", java.util.Map.of("lang", "en", "redirect", "/"));
        String drill = pm.get("/programmes/" + programme + "/dashboard/agencies?state=31").body();
        assertThat(drill).contains("Mérida").doesNotContain("Querétaro").contains("Yucatán");
        AppClient.Response xlsx = pm.get("/programmes/" + programme + "/dashboard/export.xlsx?kind=LAW_ENFORCEMENT");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).contains("programme-agencies.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Agency");
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
            var police = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(sheet::getRow)
                    .filter(row -> row.getCell(0).getStringCellValue().contains("Querétaro")).findFirst().orElseThrow();
            assertThat(police.getCell(4).getStringCellValue()).isEqualTo("Accredited with conditions");
            assertThat(police.getCell(6).getStringCellValue()).isEqualTo("Miguel Ángel Torres");
        }
        AppClient admin = client("admin");
        admin.postForm("/language", java.util.Map.of("lang", "es-MX", "redirect", "/"));
        String csv = new String(admin.get("/programmes/" + programme + "/dashboard/export.csv").bytes(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFInstitución,Tipo,Entidad federativa").contains("Academia");
        String page = admin.get("/programmes/" + programme + "/dashboard").body();
        assertThat(page).contains("Instituciones por fase").contains("goal-chart").contains("Querétaro");
        assertThat(page).contains("/programmes/" + programme + "/dashboard/agencies?state=22");
    }
}
