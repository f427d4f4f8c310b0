package org.acredita.agencies;

import org.acredita.agencies.internal.Lifecycle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agency list filtered and paged in the database, on the page and in the API, never showing more
 * than the caller may see. 55 extra agencies in Zacatecas exist only while this class runs.
 */
@AcreditaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgencyListTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int EXTRA = 55;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final List<UUID> extra = new ArrayList<>();

    @BeforeAll
    void fiftyFiveAgenciesInZacatecas() {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> {
            for (int i = 1; i <= EXTRA; i++) {
                UUID id = UUID.randomUUID();
                jdbc.sql("insert into organisation (id, kind, name, state_code) values (?, 'AGENCY', ?, '32')")
                        .params(id, "Policía municipal de paginación %02d".formatted(i)).update();
                jdbc.sql("insert into agency_profile (agency_id, kind, level, state_code) values (?, ?, 'MUNICIPAL', '32')")
                        .params(id, i % 5 == 0 ? "COMMUNICATIONS_CENTRE" : "LAW_ENFORCEMENT").update();
                extra.add(id);
            }
            return null;
        });
    }

    @AfterAll
    void removeThem() {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> {
            String ids = extra.stream().map(UUID::toString).reduce((a, b) -> a + "," + b).orElseThrow();
            jdbc.sql("delete from agency_profile where agency_id = any (cast(? as uuid[]))").param("{" + ids + "}").update();
            jdbc.sql("delete from organisation where id = any (cast(? as uuid[]))").param("{" + ids + "}").update();
            return null;
        });
    }

    @Test
    void filtersByNameIgnoringAccentsAndCaseAndByStateKindAndPhase() {
        AppClient admin = AppClient.signedIn(port, "admin");
        String police = DemoOrganisations.police(jdbc).toString();
        String c5 = DemoOrganisations.c5(jdbc).toString();
        String academy = DemoOrganisations.academy(jdbc).toString();

        assertThat(ids(admin, "q=QUERETARO")).contains(police).doesNotContain(c5, academy);
        assertThat(ids(admin, "q=merida")).containsExactly(c5);
        assertThat(ids(admin, "state=31")).contains(c5).doesNotContain(police);
        assertThat(ids(admin, "kind=ACADEMY")).contains(academy).doesNotContain(police, c5);
        // The demo police was accredited with one condition by the Commission; the academy is ready for review.
        assertThat(ids(admin, "phase=ACCREDITED_WITH_CONDITIONS")).contains(police).doesNotContain(c5, academy);
        assertThat(ids(admin, "phase=READY_FOR_REVIEW")).contains(academy).doesNotContain(police, c5);
        assertThat(ids(admin, "state=22&phase=ACCREDITED_WITH_CONDITIONS&kind=LAW_ENFORCEMENT")).containsExactly(police);
        assertThat(ids(admin, "q=%25")).as("a wildcard is searched for, not obeyed").isEmpty();
        assertThat(ids(admin, "state=32&kind=COMMUNICATIONS_CENTRE&size=200")).hasSize(EXTRA / 5);

        String page = admin.get("/agencies?state=22&phase=ACCREDITED_WITH_CONDITIONS&kind=LAW_ENFORCEMENT&q=quer%C3%A9taro").body();
        assertThat(page).contains("Secretaría de Seguridad Ciudadana de Querétaro", "Una institución,",
                "<option value=\"22\" selected>", "<option value=\"LAW_ENFORCEMENT\" selected>",
                "<option value=\"ACCREDITED_WITH_CONDITIONS\" selected>", "value=\"querétaro\"", "href=\"/agencies\">Quitar filtros")
                .doesNotContain("Centro C5 de Mérida", "data-testid=\"agencies-pages\"");
        assertThat(admin.get("/agencies?q=no-existe-ninguna").body())
                .contains("Ninguna institución visible para usted cumple con estos filtros.");
    }

    @Test
    void pagesOfFiftyWithLinksThatKeepTheFilter() {
        AppClient admin = AppClient.signedIn(port, "admin");
        String first = admin.get("/agencies?state=32&q=paginacion").body();
        assertThat(first).contains("Instituciones 1 a 50 de 55", "Policía municipal de paginación 01",
                "Policía municipal de paginación 50", "href=\"/agencies?q=paginacion&amp;state=32&amp;page=2\" rel=\"next\"")
                .doesNotContain("Policía municipal de paginación 51");
        String second = admin.get("/agencies?state=32&q=paginacion&page=2").body();
        assertThat(second).contains("Instituciones 51 a 55 de 55", "Policía municipal de paginación 55",
                "href=\"/agencies?q=paginacion&amp;state=32\" rel=\"prev\"").doesNotContain("paginación 50<");

        AppClient.Response api = admin.getJson("/api/v1/agencies?state=32&size=20&page=3");
        assertThat(api.header("X-Total-Count")).isEqualTo("55");
        assertThat(api.header("Link")).contains("page=2", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        JsonNode third = JSON.readTree(api.body());
        assertThat(third.size()).isEqualTo(15);
        assertThat(third.get(0).get("name").asString()).isEqualTo("Policía municipal de paginación 41");
        assertThat(third.get(0).get("stateCode").asString()).isEqualTo("32");
        AppClient.Response pastTheEnd = admin.getJson("/api/v1/agencies?state=32&size=20&page=9");
        assertThat(pastTheEnd.body()).isEqualTo("[]");
        assertThat(pastTheEnd.header("X-Total-Count")).isEqualTo("55");
    }

    @Test
    void filtersNeverWidenWhatTheCallerMaySee() {
        String police = DemoOrganisations.police(jdbc).toString();
        String c5 = DemoOrganisations.c5(jdbc).toString();
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        assertThat(ids(manager, "")).containsExactly(police);
        assertThat(ids(manager, "state=32")).isEmpty();
        assertThat(ids(manager, "q=merida")).isEmpty();
        assertThat(manager.getJson("/api/v1/agencies?state=31").header("X-Total-Count")).isEqualTo("0");
        assertThat(manager.get("/agencies?state=32").body()).doesNotContain("paginación");

        AppClient advisor = AppClient.signedIn(port, "asesor");
        assertThat(ids(advisor, "size=200")).containsExactlyInAnyOrder(police, c5);
        assertThat(ids(advisor, "kind=ACADEMY")).isEmpty();
        assertThat(ids(advisor, "state=32")).isEmpty();
        // The demo C5 is in a remote file review now (assessments demo).
        assertThat(ids(advisor, "phase=REMOTE_FILE_REVIEW")).containsExactly(c5);
    }

    @Test
    void badParametersAreRefused() {
        AppClient admin = AppClient.signedIn(port, "admin");
        assertThat(admin.getJson("/api/v1/agencies?page=0").status()).isEqualTo(400);
        assertThat(admin.getJson("/api/v1/agencies?size=500").status()).isEqualTo(400);
        assertThat(admin.getJson("/api/v1/agencies?state=99").status()).isEqualTo(400);
        assertThat(admin.getJson("/api/v1/agencies?phase=NOPE").status()).isEqualTo(400);
    }

    private static List<String> ids(AppClient client, String query) {
        AppClient.Response response = client.getJson("/api/v1/agencies?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).forEach(agency -> ids.add(agency.get("id").asString()));
        return ids;
    }
}
