package org.acredita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.selfassessment.AgencyStandards;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standard numbers improvement plans and readiness gaps cite open the agency's own standard (in its accreditation
 * file, else in its manual edition); a number its manual does not have is shown plainly and said to be missing; a gap
 * proposes an improvement action carrying its text and standards.
 */
@AcreditaIntegrationTest
class CitedStandardsLinkTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AgencyStandards standards;

    private <T> T system(java.util.function.Supplier<T> work) {
        return CurrentScope.runAs(AccessScope.SYSTEM, work::get);
    }

    private UUID edition(String code) {
        return system(() -> jdbc.sql("select id from manual_edition where code = ?").param(code).query(UUID.class).single());
    }

    /**
     * The agency's own page of a standard, worked out from the tables: its newest file's standard when the file holds
     * it (another test may have opened the C5's file), else the standard of its manual edition.
     */
    private String ownStandard(UUID agency, String manualCode, String number) {
        List<String> inFile = system(() -> jdbc.sql("""
                select f.id::text from accreditation_file f join file_standard s on s.file_id = f.id
                where f.agency_id = ? and s.number = ? and not s.retired
                  and f.created_at = (select max(created_at) from accreditation_file where agency_id = f.agency_id)""")
                .params(agency, number).query(String.class).list());
        return inFile.isEmpty() ? "/manuals/" + edition(manualCode) + "/standards/" + number
                : "/accreditation-files/" + inFile.get(0) + "/standards/" + number;
    }

    @Test
    void everyStandardTheDemoImprovementActionsCiteIsInTheAgencysManual() {
        for (UUID agency : List.of(DemoOrganisations.police(jdbc), DemoOrganisations.c5(jdbc))) {
            List<String> cited = system(() -> jdbc.sql("""
                    select unnest(i.linked_standards) from improvement_item i
                    where i.agency_id = ? and exists (select 1 from audit_event e where e.target_id = i.id::text
                        and e.action = 'IMPROVEMENT_ITEM_CREATED' and e.actor_name = 'system')""")
                    .param(agency).query(String.class).list());
            var references = system(() -> standards.of(agency));
            assertThat(cited).isNotEmpty();
            assertThat(cited).allSatisfy(number -> assertThat(references.href(number)).as(number).isNotNull());
        }
    }

    @Test
    void aPlanLinksItsStandardsToTheFileOrTheManualAndFlagsOnesTheManualLacks() {
        String policeFile = DemoOrganisations.policeFile(jdbc);
        String policePlan = AppClient.signedIn(port, "admin").get("/agencies/" + DemoOrganisations.police(jdbc)
                + "/improvement-plan").body();
        assertThat(policePlan).as("the police force has a file: its standard's page there")
                .contains("href=\"/accreditation-files/" + policeFile + "/standards/4.1.1\"");

        UUID c5 = DemoOrganisations.c5(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.c5");
        String plan = "/agencies/" + c5 + "/improvement-plan";
        manager.get(plan);
        assertThat(manager.postForm(plan + "/items", Map.of("category", "PROCEDURE", "title",
                "Revisar la cadena de custodia de grabaciones", "priority", "MEDIUM", "status", "OPEN",
                "linkedStandards", "9.1.1, 83.2.1")).status()).isEqualTo(302);
        String page = manager.get(plan).body();
        assertThat(page).as("the C5's own standards")
                .contains("href=\"" + ownStandard(c5, "COM-ILUSTRATIVO", "9.1.1") + "\"")
                .contains("href=\"" + ownStandard(c5, "COM-ILUSTRATIVO", "5.1.4") + "\"")
                .doesNotContain("/standards/83.2.1\"")
                .containsPattern("data-testid=\"standard-not-in-manual\">83\\.2\\.1 <span[^>]*>no está en el manual de la institución");
        assertThat(manager.get(plan + "?lang=en").body()).contains("not in the agency's manual");
    }

    @Test
    void aReadinessGapLinksTheAgencysStandardAndProposesAnImprovementActionFromItsText() {
        UUID programme = system(() -> jdbc.sql("select id from funded_programme where name like '%demostración%'")
                .query(UUID.class).single());
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient pm = AppClient.signedIn(port, "calea.pm");
        String instrumentPage = "/programmes/" + programme + "/readiness-instrument";
        String area = JSON.readTree(pm.getJson("/api/v1/programmes/" + programme + "/readiness-instrument").body())
                .get("areas").get(0).get("id").asString();
        pm.get(instrumentPage);
        String text = "Las grabaciones de llamadas se resguardan con cadena de custodia documentada";
        assertThat(pm.postForm(instrumentPage + "/areas/" + area + "/questions", Map.of("textEs", text, "textEn",
                "Call recordings are kept under a documented chain of custody", "weight", "3",
                "linkedStandards", "9.1.1, 83.2.1")).status()).isEqualTo(302);
        String question = null;
        for (JsonNode q : JSON.readTree(pm.getJson("/api/v1/programmes/" + programme + "/readiness-instrument").body())
                .get("areas").get(0).get("questions")) {
            if (q.get("textEs").asString().equals(text)) {
                question = q.get("id").asString();
            }
        }
        assertThat(question).isNotNull();
        String api = "/api/v1/agencies/" + academy + "/readiness-assessments";
        AppClient advisor = AppClient.signedIn(port, "asesora");
        advisor.get("/profile");
        String assessment;
        try {
            AppClient.Response started = advisor.sendJson("POST", api, "{\"assessedOn\":\"" + java.time.LocalDate.now().minusYears(2) + "\"}", true);
            assertThat(started.status()).as(started.body()).isEqualTo(201);
            JsonNode draft = JSON.readTree(started.body());
            assessment = draft.get("id").asString();
            List<String> answers = new ArrayList<>();
            for (JsonNode answer : draft.get("answers")) {
                String id = answer.get("questionId").asString();
                answers.add("{\"questionId\":\"" + id + "\",\"rating\":" + (id.equals(question) ? 0 : 4) + "}");
            }
            AppClient.Response saved = advisor.sendJson("PUT", api + "/" + assessment + "/answers",
                    "{\"summary\":\"Custodia de grabaciones sin documentar.\",\"answers\":[" + String.join(",", answers) + "]}", true);
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            AppClient.Response completed = advisor.sendJson("POST", api + "/" + assessment + "/completion", "", true);
            assertThat(completed.status()).as(completed.body()).isEqualTo(200);

            String page = advisor.get("/agencies/" + academy + "/readiness/" + assessment).body();
            String gap = page.substring(page.indexOf("id=\"gaps-h\""));
            assertThat(gap).contains(text)
                    .contains("href=\"" + ownStandard(academy, "ACA-ILUSTRATIVO", "9.1.1") + "\"")
                    .contains("data-testid=\"standard-not-in-manual\">83.2.1")
                    .contains("action=\"/agencies/" + academy + "/improvement-plan/new\"")
                    .contains("name=\"title\" value=\"" + text + "\"")
                    .contains("name=\"linkedStandards\" value=\"9.1.1, 83.2.1\"");

            String proposed = AppClient.signedIn(port, "gerente.academia").get("/agencies/" + academy
                    + "/improvement-plan/new?title=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                    + "&description=Sin+bit%C3%A1cora&linkedStandards=9.1.1%2C+83.2.1").body();
            assertThat(proposed).contains("data-testid=\"proposed-item\"")
                    .contains("action=\"/agencies/" + academy + "/improvement-plan/items\"")
                    .contains("value=\"" + text + "\"").contains(">Sin bitácora</textarea>")
                    .contains("value=\"9.1.1, 83.2.1\"");
            assertThat(AppClient.signedIn(port, "financiador").get("/agencies/" + academy + "/improvement-plan/new")
                    .status()).as("only those who write the plan").isEqualTo(403);
        } finally {
            pm.get(instrumentPage);
            pm.postForm(instrumentPage + "/questions/" + question + "/retirement", Map.of("retired", "true"));
        }
    }
}
