package org.acredita.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Improvement plans through the API and the pages: rules, overdue items, evidence, isolation and roles. */
@AcreditaIntegrationTest
class ImprovementPlanApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private AppClient client(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    private static String items(UUID agency) {
        return "/api/v1/agencies/" + agency + "/improvement-items";
    }

    private static String idOf(String json) {
        return json.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    private String create(AppClient client, UUID agency, String title, String extra) {
        AppClient.Response created = client.sendJson("POST", items(agency), "{\"category\":\"PROCEDURE\",\"title\":\""
                + title + "\",\"owner\":\"Laura Méndez\",\"priority\":\"HIGH\",\"linkedStandards\":[\"4.2.1\"]"
                + extra + "}", true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return idOf(created.body());
    }

    private long rows(String sql, Object... params) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    @Test
    void managerCreatesAnItemAndCompletesItOnlyWithItsCompletionDate() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = client("gerente.policia");
        String item = create(manager, police, "Revisar el manual de detenciones", ",\"dueDate\":\"2030-01-31\"");

        AppClient.Response noDate = manager.sendJson("PATCH", items(police) + "/" + item, "{\"status\":\"DONE\"}", true);
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.body()).contains("Una acción concluida necesita su fecha de conclusión");
        assertThat(rows("select count(*) from improvement_item where id = ?::uuid and status = 'OPEN'", item))
                .isEqualTo(1);

        AppClient.Response done = manager.sendJson("PATCH", items(police) + "/" + item,
                "{\"status\":\"DONE\",\"completedOn\":\"2026-11-01\"}", true);
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("\"status\":\"DONE\"").contains("\"completedOn\":\"2026-11-01\"")
                .contains("\"linkedStandards\":[\"4.2.1\"]").contains("\"overdue\":false");
        assertThat(manager.sendJson("POST", items(police), "{\"category\":\"POLICY\",\"title\":\"X\","
                + "\"linkedStandards\":[\"capítulo 4\"]}", true).body()).contains("no es un número de norma");
        assertThat(rows("select count(*) from audit_event where target_id = ? and action in "
                + "('IMPROVEMENT_ITEM_CREATED', 'IMPROVEMENT_ITEM_UPDATED')", item)).isEqualTo(2);
    }

    @Test
    void overdueItemsStandOutOnTheApiAndThePages() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient advisor = client("asesor");
        String item = create(advisor, police, "Comprar chalecos balísticos", ",\"dueDate\":\"2020-06-30\"");
        assertThat(advisor.getJson(items(police)).body()).contains("\"id\":\"" + item + "\"")
                .containsPattern("\"id\":\"" + item + "\"[^}]*\"overdue\":true");
        String page = advisor.get("/agencies/" + police + "/improvement-plan").body();
        assertThat(page).contains("Comprar chalecos balísticos").contains("data-testid=\"overdue\"")
                .contains("Vencida").contains("la fecha compromiso ya pasó");
        assertThat(advisor.get("/improvement-plans").body())
                .contains("href=\"/agencies/" + police + "/improvement-plan\"").contains("Vencidas");
    }

    @Test
    void evidenceIsUploadedAndDownloadedOnlyByThoseWhoSeeTheAgency() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = client("gerente.policia");
        String item = create(manager, police, "Capacitar en cadena de custodia", "");
        byte[] content = "Lista de asistencia al curso".getBytes(StandardCharsets.UTF_8);
        AppClient.Response uploaded = manager.upload(items(police) + "/" + item + "/evidence", "asistencia.txt",
                content, false);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String file = idOf(uploaded.body());
        assertThat(manager.get("/files/" + file).body()).isEqualTo("Lista de asistencia al curso");
        assertThat(manager.getJson(items(police)).body()).contains("\"download\":\"/files/" + file + "\"");
        assertThat(manager.get("/agencies/" + police + "/improvement-plan").body()).contains("href=\"/files/" + file + "\"");

        AppClient page = client("gerente.policia");
        page.get("/agencies/" + police + "/improvement-plan");
        assertThat(page.upload("/agencies/" + police + "/improvement-plan/items/" + item + "/evidence", "acta.txt",
                "Acta".getBytes(StandardCharsets.UTF_8), true).status()).isEqualTo(302);
        assertThat(rows("select count(*) from stored_file where owner_type = 'improvement-evidence' and owner_id = ?",
                item)).isEqualTo(2);

        AppClient other = client("gerente.c5");
        assertThat(other.get("/files/" + file).status()).isEqualTo(404);
        assertThat(other.upload(items(police) + "/" + item + "/evidence", "otro.txt", content, false).status())
                .isEqualTo(404);
    }

    @Test
    void anotherAgencysPlanIsNotFoundAndFundersOnlyRead() {
        UUID police = DemoOrganisations.police(jdbc);
        String item = create(client("gerente.policia"), police, "Actualizar el reglamento interior", "");
        long before = rows("select count(*) from improvement_item");

        AppClient other = client("gerente.c5");
        assertThat(other.getJson(items(police)).status()).isEqualTo(404);
        assertThat(other.get("/agencies/" + police + "/improvement-plan").status()).isEqualTo(404);
        assertThat(other.sendJson("PATCH", items(police) + "/" + item, "{\"status\":\"CANCELLED\"}", true).status())
                .isEqualTo(404);
        assertThat(other.sendJson("POST", items(police), "{\"category\":\"POLICY\",\"title\":\"Ajena\"}", true)
                .status()).isEqualTo(404);
        assertThat(other.getJson(items(DemoOrganisations.c5(jdbc))).status()).isEqualTo(200);

        AppClient funder = client("financiador");
        assertThat(funder.getJson(items(police)).body()).contains("Actualizar el reglamento interior");
        assertThat(funder.sendJson("POST", items(police), "{\"category\":\"POLICY\",\"title\":\"Del financiador\"}",
                true).status()).isEqualTo(403);
        assertThat(funder.sendJson("PATCH", items(police) + "/" + item, "{\"status\":\"CANCELLED\"}", true).status())
                .isEqualTo(403);
        assertThat(funder.upload(items(police) + "/" + item + "/evidence", "f.txt", "x".getBytes(StandardCharsets.UTF_8),
                false).status()).isEqualTo(403);

        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient advisor = client("asesor");
        assertThat(advisor.getJson(items(academy)).status()).isEqualTo(404);
        assertThat(advisor.sendJson("POST", items(academy), "{\"category\":\"POLICY\",\"title\":\"Academia\"}", true)
                .status()).isEqualTo(404);
        assertThat(advisor.get("/improvement-plans").body()).doesNotContain(academy.toString());

        assertThat(rows("select count(*) from improvement_item")).isEqualTo(before);
        assertThat(rows("select count(*) from improvement_item where id = ?::uuid and status = 'OPEN'", item))
                .isEqualTo(1);
    }

    @Test
    void demoPlansHaveDoneInProgressAndOverdueItems() {
        UUID police = DemoOrganisations.police(jdbc);
        String plan = client("admin").getJson(items(police)).body();
        assertThat(plan).contains("\"status\":\"DONE\"").contains("\"status\":\"IN_PROGRESS\"")
                .contains("\"overdue\":true").contains("politica-uso-fuerza-firmada.txt");
        assertThat(client("gerente.c5").getJson(items(DemoOrganisations.c5(jdbc))).body())
                .contains("Protocolo de transferencia");
    }

    @Test
    void thePageAddsAnItemAndRefusesADoneStatusWithoutItsDate() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.c5");
        String plan = "/agencies/" + c5 + "/improvement-plan";
        assertThat(manager.get(plan).body()).contains("Nueva acción").contains("Responsable").contains("Fecha compromiso");
        assertThat(manager.postForm(plan + "/items", java.util.Map.of("category", "TRAINING", "title",
                "Simulacro de evacuación del C5", "owner", "Ricardo Canul", "dueDate", "2031-02-01", "priority", "LOW",
                "status", "OPEN", "linkedStandards", "7.1.1, 7.1.2")).status()).isEqualTo(302);
        String item = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id::text from improvement_item where title = 'Simulacro de evacuación del C5'")
                .query(String.class).single());
        manager.get(plan);
        assertThat(manager.postForm(plan + "/items/" + item + "/status", java.util.Map.of("status", "DONE")).status())
                .isEqualTo(302);
        assertThat(manager.get(plan).body()).contains("Una acción concluida necesita su fecha de conclusión");
        assertThat(rows("select count(*) from improvement_item where id = ?::uuid and status = 'OPEN' "
                + "and linked_standards = '{7.1.1,7.1.2}'", item)).isEqualTo(1);
        manager.get(plan);
        manager.postForm(plan + "/items/" + item + "/status", java.util.Map.of("status", "DONE", "completedOn", "2026-11-20"));
        assertThat(rows("select count(*) from improvement_item where id = ?::uuid and status = 'DONE'", item))
                .isEqualTo(1);

        String funderPage = AppClient.signedIn(port, "financiador").get(plan).body();
        assertThat(funderPage).contains("Simulacro de evacuación del C5").doesNotContain("Nueva acción");
    }
}
