package org.acredita.directives;

import org.acredita.directives.internal.DirectiveCoverage;
import org.acredita.directives.internal.SectionRef;
import org.acredita.directives.internal.StandardCoverage;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
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

/** Written directives through the API and the pages: versions, sections, mappings, coverage, isolation and roles. */
@AcreditaIntegrationTest
class DirectivesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DirectiveCoverage coverage;

    private AppClient client(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    private static String base(UUID agency) {
        return "/api/v1/agencies/" + agency + "/directives";
    }

    private static String field(String json, String name) {
        return json.replaceAll("(?s).*?\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    private String post(AppClient client, String path, String json) {
        AppClient.Response response = client.sendJson("POST", path, json, true);
        assertThat(response.status()).as(path + " " + response.body()).isIn(200, 201);
        return response.body();
    }

    private UUID edition() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from manual_edition where code = 'POL-ILUSTRATIVO'").query(UUID.class).single());
    }

    private long rows(String sql, Object... params) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    @Test
    void aNewVersionCopiesTheSectionsAndSupersedesTheOldOneWhenItTakesEffect() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID edition = edition();
        AppClient manager = client("gerente.policia");
        String directive = field(post(manager, base(police), "{\"code\":\"OG-T-" + UUID.randomUUID().toString()
                .substring(0, 6) + "\",\"title\":\"Orden de prueba de patrullaje\",\"kind\":\"GENERAL_ORDER\"}"), "id");
        String path = base(police) + "/" + directive;
        String v1 = field(post(manager, path + "/versions", "{\"label\":\"1.0\"}"), "id");
        String section = field(post(manager, path + "/versions/" + v1 + "/sections",
                "{\"number\":\"1\",\"heading\":\"Cobertura de patrullaje\"}"), "id");

        AppClient.Response unknown = manager.sendJson("POST", path + "/sections/" + section + "/mappings",
                "{\"editionId\":\"" + edition + "\",\"standardNumber\":\"4.2.2\",\"elements\":[\"z\"]}", true);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("La norma 4.2.2 no tiene el inciso «z»");
        assertThat(manager.sendJson("POST", path + "/sections/" + section + "/mappings", "{\"editionId\":\"" + edition
                + "\",\"standardNumber\":\"99.9.9\"}", true).status()).isEqualTo(400);
        post(manager, path + "/sections/" + section + "/mappings",
                "{\"editionId\":\"" + edition + "\",\"standardNumber\":\"5.1.1\"}");
        post(manager, path + "/sections/" + section + "/mappings",
                "{\"editionId\":\"" + edition + "\",\"standardNumber\":\"5.2.1\",\"elements\":[\"a\",\"b\"]}");

        AppClient.Response early = manager.sendJson("POST", path + "/versions/" + v1 + "/effect",
                "{\"effectiveDate\":\"2026-01-10\"}", true);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("solo después de aprobada");
        assertThat(manager.sendJson("POST", path + "/versions/" + v1 + "/approval",
                "{\"approvedBy\":\"Titular\",\"approvedOn\":\"2026-01-05\"}", true).status()).isEqualTo(200);
        assertThat(manager.sendJson("POST", path + "/versions/" + v1 + "/effect", "{\"effectiveDate\":\"2026-01-04\"}",
                true).body()).contains("antes de la aprobación");
        assertThat(post(manager, path + "/versions/" + v1 + "/effect", "{\"effectiveDate\":\"2026-01-10\"}"))
                .contains("\"status\":\"IN_EFFECT\"");

        String v2 = field(post(manager, path + "/versions", "{\"label\":\"2.0\",\"copySections\":true}"), "id");
        assertThat(rows("select count(*) from element_mapping m join directive_section s on s.id = m.section_id "
                + "where s.version_id = ?::uuid", v2)).isEqualTo(3);
        post(manager, path + "/versions/" + v2 + "/approval", "{\"approvedBy\":\"Titular\",\"approvedOn\":\"2026-03-01\"}");
        post(manager, path + "/versions/" + v2 + "/effect", "{\"effectiveDate\":\"2026-03-15\"}");

        String detail = manager.getJson(path).body();
        assertThat(detail).contains("\"status\":\"SUPERSEDED\"").contains("\"supersededOn\":\"2026-03-15\"")
                .contains("\"supersededBy\":\"" + v2 + "\"");
        assertThat(manager.sendJson("POST", path + "/versions/" + v1 + "/sections",
                "{\"number\":\"9\",\"heading\":\"Tarde\"}", true).body()).contains("está sustituida");
        assertThat(rows("select count(*) from audit_event where target_id = ? and action = "
                + "'DIRECTIVE_VERSION_SUPERSEDED'", v1)).isEqualTo(1);

        Map<String, StandardCoverage> all = CurrentScope.runAs(AccessScope.SYSTEM, () -> coverage.coverage(police, edition));
        assertThat(all.get("5.1.1").fullyCovered()).isTrue();
        assertThat(all.get("5.2.1").partlyCovered()).isTrue();
        assertThat(all.get("5.2.1").elements().get(0).sections()).extracting(SectionRef::sectionNumber).contains("1");
        assertThat(manager.getJson("/api/v1/agencies/" + police + "/directive-coverage?edition=" + edition).body())
                .contains("\"5.2.1\"").contains("\"letter\":\"c\",\"sections\":[]");
        assertThat(manager.getJson("/api/v1/agencies/" + police + "/directive-coverage/5.1.1?edition=" + edition).body())
                .contains("\"standardNumber\":\"5.1.1\"").contains("\"sectionNumber\":\"1\"");
        assertThat(manager.getJson("/api/v1/agencies/" + police + "/directive-coverage/99.1.1?edition=" + edition)
                .status()).isEqualTo(404);
    }

    @Test
    void theDemoPoliceCoverageIsPartialAndDraftsDoNotCount() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID edition = edition();
        Map<String, StandardCoverage> all = CurrentScope.runAs(AccessScope.SYSTEM, () -> coverage.coverage(police, edition));
        assertThat(all).hasSizeGreaterThan(60);
        assertThat(all.get("4.1.4").fullyCovered()).isTrue();
        assertThat(all.get("4.2.2").partlyCovered()).isTrue();
        assertThat(all.get("1.1.1").coveredElements()).isZero();
        assertThat(all.get("5.1.3").coveredElements()).as("a draft's mappings").isZero();
        assertThat(rows("select count(*) from directive_version where agency_id = ? and status = 'SUPERSEDED'", police))
                .isGreaterThanOrEqualTo(1);

        AppClient manager = client("gerente.policia");
        manager.postForm("/language", Map.of("lang", "es", "redirect", "/"));
        String list = manager.get("/agencies/" + police + "/directives").body();
        assertThat(list).contains("Política de uso de la fuerza").contains("Vigente").contains("Borrador")
                .contains("incisos cubiertos por directivas vigentes");
        String page = manager.get("/agencies/" + police + "/directives/coverage?edition=" + edition).body();
        assertThat(page).contains("data-testid=\"coverage-4.2.2\"").contains("Parcial").contains("POL-4.1 § 4.4");
        String elements = manager.get("/agencies/" + police + "/directives/elements?edition=" + edition
                + "&standard=4.2.2").body();
        assertThat(elements).contains("value=\"a\"").contains("value=\"c\"");
        assertThat(manager.get("/agencies/" + police).body()).contains("href=\"/agencies/" + police + "/directives\"");
    }

    @Test
    void pagesChangeDirectivesAndUploadDocumentsThatOnlyTheAgencysReadersDownload() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient staff = client("personal.policia");
        String code = "PR-T-" + UUID.randomUUID().toString().substring(0, 6);
        AppClient.Response created = staff.postForm("/agencies/" + police + "/directives",
                Map.of("code", code, "title", "Procedimiento de radio", "kind", "PROCEDURE"));
        assertThat(created.status()).isEqualTo(302);
        String directive = created.header("Location").replaceAll(".*/directives/", "");
        String path = "/agencies/" + police + "/directives/" + directive;
        assertThat(staff.postForm(path + "/versions", Map.of("label", "1")).status()).isEqualTo(302);
        assertThat(staff.get(path).body()).contains("data-testid=\"version-1\"");
        String version = staff.getJson(base(police) + "/" + directive).body()
                .replaceAll("(?s).*\"version\":\\{\"id\":\"([^\"]+)\".*", "$1");
        AppClient.Response uploaded = staff.upload(base(police) + "/" + directive + "/versions/" + version + "/documents",
                "procedimiento-radio.txt", "Procedimiento de radio".getBytes(StandardCharsets.UTF_8), false);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String file = field(uploaded.body(), "id");
        assertThat(staff.get(path).body()).contains("procedimiento-radio.txt").contains("href=\"/files/" + file + "\"");

        String section = field(post(staff, base(police) + "/" + directive + "/versions/" + version + "/sections",
                "{\"number\":\"3\",\"heading\":\"Claves de radio\"}"), "id");
        UUID edition = edition();
        staff.postForm("/language", Map.of("lang", "es", "redirect", "/"));
        assertThat(staff.postForm(path + "/sections/" + section + "/mappings", Map.of("edition", edition.toString(),
                "standard", "5.2.1")).status()).isEqualTo(302);
        assertThat(staff.get(path).body()).contains("Elija al menos un inciso de la norma 5.2.1");
        assertThat(staff.postForm(path + "/sections/" + section + "/mappings", Map.of("edition", edition.toString(),
                "standard", "5.2.1", "elements", "c")).status()).isEqualTo(302);
        assertThat(staff.get(path).body()).contains("Vinculación guardada").contains("5.2.1 c");
        assertThat(staff.get("/agencies/" + police + "/directives/elements?edition=" + edition + "&standard=77.1.1")
                .body()).contains("data-testid=\"unknown-standard\"");

        AppClient other = client("gerente.c5");
        assertThat(other.get("/agencies/" + police + "/directives/elements?edition=" + edition + "&standard=5.2.1")
                .status()).isEqualTo(404);
        assertThat(other.postForm(path + "/sections/" + section + "/mappings", Map.of("edition", edition.toString(),
                "standard", "5.2.1", "elements", "a")).status()).isEqualTo(404);
        assertThat(other.get("/files/" + file).status()).isEqualTo(404);
        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(other.get("/agencies/" + police + "/directives").status()).isEqualTo(404);
        assertThat(other.get("/agencies/" + police + "/directives/coverage").status()).isEqualTo(404);
        assertThat(other.getJson(base(police)).status()).isEqualTo(404);
        assertThat(other.getJson(base(police) + "/" + directive).status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/agencies/" + police + "/directive-coverage?edition=" + edition()).status())
                .isEqualTo(404);
        assertThat(other.sendJson("POST", base(police), "{\"code\":\"X-1\",\"title\":\"Ajena\",\"kind\":\"POLICY\"}",
                true).status()).isEqualTo(404);
        assertThat(other.sendJson("POST", base(police) + "/" + directive + "/versions", "{\"label\":\"x\"}", true)
                .status()).isEqualTo(404);
        assertThat(other.upload(base(police) + "/" + directive + "/versions/" + version + "/documents", "x.txt",
                "x".getBytes(StandardCharsets.UTF_8), false).status()).isEqualTo(404);
        assertThat(other.postForm(path + "/versions", Map.of("label", "ajena")).status()).isEqualTo(404);
    }

    @Test
    void fundersAndReviewersReadButDoNotWriteWhileAdvisorsHelpDraft() {
        UUID police = DemoOrganisations.police(jdbc);
        String directive = field(post(client("gerente.policia"), base(police), "{\"code\":\"MEM-T-" + UUID.randomUUID()
                .toString().substring(0, 6) + "\",\"title\":\"Memorándum de turnos\",\"kind\":\"MEMORANDUM\"}"), "id");
        String path = base(police) + "/" + directive;

        AppClient funder = client("financiador");
        assertThat(funder.getJson(base(police)).body()).contains("Memorándum de turnos");
        assertThat(funder.sendJson("POST", base(police), "{\"code\":\"F-1\",\"title\":\"F\",\"kind\":\"POLICY\"}", true)
                .status()).isEqualTo(403);
        assertThat(funder.sendJson("POST", path + "/versions", "{\"label\":\"1\"}", true).status()).isEqualTo(403);
        assertThat(funder.get("/agencies/" + police + "/directives/" + directive).body()).doesNotContain("version-form");

        AppClient assessor = client("evaluador");
        assertThat(assessor.getJson(path).status()).isEqualTo(200);
        assertThat(assessor.sendJson("POST", path + "/versions", "{\"label\":\"1\"}", true).status()).isEqualTo(403);

        AppClient advisor = client("asesor");
        assertThat(advisor.sendJson("POST", path + "/versions", "{\"label\":\"1\"}", true).status()).isEqualTo(201);
        UUID academy = DemoOrganisations.academy(jdbc);
        assertThat(advisor.getJson(base(academy)).status()).isEqualTo(404);
        assertThat(rows("select count(*) from directive where code in ('F-1', 'X-1')")).isZero();
    }

    @Test
    void aStandardsCoverageLoadsOnTheFilesStandardPageForItsAgencyOnly() {
        UUID police = org.acredita.support.DemoOrganisations.police(jdbc);
        String path = "/agencies/" + police + "/directives/coverage/" + edition() + "/standards/1.1.1";
        AppClient manager = client("gerente.policia");
        AppClient.Response panel = manager.get(path);
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.body()).contains("data-testid=\"directive-coverage\"").doesNotContain("<html");
        assertThat(client("gerente.c5").get(path).status()).isEqualTo(404);
        assertThat(manager.get("/agencies/" + police + "/directives/coverage/" + edition() + "/standards/99.9.9")
                .status()).isEqualTo(404);
    }
}
