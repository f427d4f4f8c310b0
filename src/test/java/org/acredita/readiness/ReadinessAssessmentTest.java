package org.acredita.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;
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
 * Readiness assessments through the API and the pages: the advisor's flow from draft to completion,
 * completed ones frozen, instrument edits leaving past scores alone, isolation and roles, both languages.
 */
@AcreditaIntegrationTest
class ReadinessAssessmentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReadinessAssessments readiness;

    private AppClient client(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    private static String api(UUID agency) {
        return "/api/v1/agencies/" + agency + "/readiness-assessments";
    }

    private static JsonNode json(AppClient.Response response) {
        return JSON.readTree(response.body());
    }

    private long rows(String sql, Object... params) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    private UUID demoProgramme() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from funded_programme where name like '%demostración%'").query(UUID.class).single());
    }

    private static String answersJson(List<String> answers, String extra) {
        return "{" + extra + "\"answers\":[" + String.join(",", answers) + "]}";
    }

    /** The police force's demo assessments as the API lists them (id, date, state, score). */
    private String policeHistory(AppClient client) {
        return client.getJson(api(DemoOrganisations.police(jdbc))).body();
    }

    @Test
    void anAdvisorStartsSavesAPartialDraftAndCompletesItWithTheExpectedScore() {
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient advisor = client("asesora");
        AppClient.Response started = advisor.sendJson("POST", api(academy),
                "{\"assessedOn\":\"" + LocalDate.now().minusDays(1) + "\"}", true);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode draft = json(started);
        String id = draft.get("id").asString();
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("assessors").asString()).isEqualTo("Sofía Núñez Rivas");
        List<String> questions = new ArrayList<>();
        draft.get("answers").forEach(a -> questions.add(a.get("questionId").asString()));
        assertThat(questions).hasSizeGreaterThan(20);
        assertThat(advisor.sendJson("POST", api(academy), "{}", true).body())
                .as("one draft at a time").contains("Ya hay una evaluación en curso");

        // A partial save through the API, then another through the page form: both keep what came before.
        AppClient.Response partial = advisor.sendJson("PUT", api(academy) + "/" + id + "/answers", answersJson(List.of(
                "{\"questionId\":\"" + questions.get(0) + "\",\"rating\":4,\"note\":\"Compromiso público de la titular\"}",
                "{\"questionId\":\"" + questions.get(1) + "\",\"notApplicable\":true}"), ""), true);
        assertThat(partial.status()).as(partial.body()).isEqualTo(200);
        advisor.get("/agencies/" + academy + "/readiness/" + id);
        AppClient.Response form = advisor.postForm("/agencies/" + academy + "/readiness/" + id + "/answers", Map.of(
                "assessors", "Sofía Núñez Rivas, Miguel Ángel Torres", "rating-" + questions.get(2), "1",
                "note-" + questions.get(2), "Solo un borrador", "summary", ""));
        assertThat(form.status()).isEqualTo(302);
        JsonNode saved = json(advisor.getJson(api(academy) + "/" + id));
        assertThat(saved.get("assessors").asString()).isEqualTo("Sofía Núñez Rivas, Miguel Ángel Torres");
        assertThat(saved.get("answers").get(0).get("rating").asInt()).isEqualTo(4);
        assertThat(saved.get("answers").get(0).get("note").asString()).isEqualTo("Compromiso público de la titular");
        assertThat(saved.get("answers").get(1).get("notApplicable").asBoolean()).isTrue();
        assertThat(saved.get("answers").get(2).get("rating").asInt()).isEqualTo(1);
        assertThat(advisor.get("/agencies/" + academy + "/readiness/" + id).body())
                .contains("data-testid=\"assessment-form\"").contains("3 de " + questions.size() + " respondidas");

        AppClient.Response early = advisor.sendJson("POST", api(academy) + "/" + id + "/completion", "", true);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("Faltan " + (questions.size() - 3) + " preguntas por responder");
        assertThat(rows("select count(*) from readiness_assessment where id = ?::uuid and state = 'DRAFT'", id)).isEqualTo(1);

        AppClient.Response refused = advisor.sendJson("PUT", api(academy) + "/" + id + "/answers", answersJson(List.of(
                "{\"questionId\":\"" + questions.get(3) + "\",\"rating\":2}",
                "{\"questionId\":\"" + questions.get(4) + "\",\"rating\":7}"), ""), true);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("«7» no es una calificación");
        assertThat(json(advisor.getJson(api(academy) + "/" + id)).get("answers").get(3).get("rating").isNull())
                .as("nothing half-written").isTrue();

        // Everything at 2 of 4 (the not-applicable one aside): 50 % in every area and overall.
        List<String> all = questions.stream().skip(2).map(q -> "{\"questionId\":\"" + q + "\",\"rating\":2}")
                .collect(Collectors.toCollection(ArrayList::new));
        all.add("{\"questionId\":\"" + questions.get(0) + "\",\"rating\":2}");
        assertThat(advisor.sendJson("PUT", api(academy) + "/" + id + "/answers", answersJson(all,
                "\"summary\":\"Preparación inicial: procesos existentes sin documentar.\","), true).status()).isEqualTo(200);
        AppClient.Response completed = advisor.sendJson("POST", api(academy) + "/" + id + "/completion", "", true);
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        JsonNode report = json(completed);
        assertThat(report.get("state").asString()).isEqualTo("COMPLETED");
        assertThat(report.get("score").asDouble()).isEqualTo(50.0);
        report.get("areas").forEach(area -> assertThat(area.get("score").asDouble()).isEqualTo(50.0));
        assertThat(report.get("gaps").size()).isEqualTo(questions.size() - 1);
        assertThat(rows("select count(*) from readiness_assessment where id = ?::uuid and score = 50", id)).isEqualTo(1);
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> readiness.latestScores(List.of(academy))).get(academy)
                .percent()).isEqualTo(50.0);

        AppClient.Response frozen = advisor.sendJson("PUT", api(academy) + "/" + id + "/answers", answersJson(List.of(
                "{\"questionId\":\"" + questions.get(0) + "\",\"rating\":4}"), ""), true);
        assertThat(frozen.status()).isEqualTo(400);
        assertThat(frozen.body()).contains("ya está concluida y no puede modificarse");
        assertThat(advisor.sendJson("POST", api(academy) + "/" + id + "/completion", "", true).status()).isEqualTo(400);
        assertThat(advisor.get("/agencies/" + academy + "/readiness/" + id).body())
                .doesNotContain("data-testid=\"assessment-form\"").contains("Concluida").contains("Preparación inicial");
        assertThat(rows("select count(*) from audit_event where target_id = ? and action like 'READINESS_ASSESSMENT_%'",
                id)).isEqualTo(5);
    }

    @Test
    void editingTheInstrumentNeverChangesTheScoresOfPastAssessments() {
        UUID programme = demoProgramme();
        AppClient manager = client("calea.pm");
        String before = policeHistory(manager);
        assertThat(before).contains("\"state\":\"COMPLETED\"").contains("\"state\":\"DRAFT\"");
        JsonNode instrument = json(manager.getJson("/api/v1/programmes/" + programme + "/readiness-instrument"));
        JsonNode area = instrument.get("areas").get(0);
        JsonNode question = area.get("questions").get(0);
        String page = "/programmes/" + programme + "/readiness-instrument";
        manager.get(page);

        AppClient.Response zero = manager.postForm(page + "/areas/" + area.get("id").asString(), Map.of(
                "nameEs", area.get("nameEs").asString(), "nameEn", area.get("nameEn").asString(), "weight", "0"));
        assertThat(zero.status()).isEqualTo(302);
        assertThat(manager.get(page).body()).contains("The weight must be a positive whole number");

        String questionPath = page + "/questions/" + question.get("id").asString();
        assertThat(manager.postForm(questionPath, Map.of("textEs", "¿Compromiso visible de la titularidad? (editada)",
                "textEn", "Visible commitment of the chief executive? (edited)", "weight", "40",
                "linkedStandards", "11, 11.1.1")).status()).isEqualTo(302);
        assertThat(manager.postForm(page + "/areas/" + area.get("id").asString(), Map.of("nameEs", "Liderazgo",
                "nameEn", "Leadership", "weight", "90")).status()).isEqualTo(302);
        assertThat(manager.postForm(questionPath + "/retirement", Map.of("retired", "true")).status()).isEqualTo(302);
        try {
            JsonNode edited = json(manager.getJson("/api/v1/programmes/" + programme + "/readiness-instrument"));
            assertThat(edited.get("version").asInt()).isEqualTo(instrument.get("version").asInt() + 3);
            assertThat(edited.get("areas").get(0).get("questions").get(0).get("weight").asInt()).isEqualTo(40);
            assertThat(edited.get("areas").get(0).get("questions").get(0).get("retired").asBoolean()).isTrue();
            assertThat(policeHistory(manager)).as("scores, answers and drafts as they were").isEqualTo(before);
        } finally {
            manager.postForm(questionPath + "/retirement", Map.of("retired", "false"));
            manager.postForm(questionPath, Map.of("textEs", question.get("textEs").asString(),
                    "textEn", question.get("textEn").asString(), "weight", question.get("weight").asString(),
                    "guidanceEs", question.get("guidanceEs").asString(), "guidanceEn", question.get("guidanceEn").asString(),
                    "linkedStandards", String.join(", ", java.util.stream.StreamSupport.stream(question.get("linkedStandards").spliterator(), false)
                            .map(JsonNode::asString).toList())));
            manager.postForm(page + "/areas/" + area.get("id").asString(), Map.of("nameEs", area.get("nameEs").asString(),
                    "nameEn", area.get("nameEn").asString(), "weight", area.get("weight").asString()));
        }
        assertThat(rows("select count(*) from audit_event where target_id = ? and action = 'READINESS_QUESTION_CHANGED'",
                programme.toString())).isGreaterThanOrEqualTo(2);

        AppClient advisor = client("asesor");
        assertThat(advisor.getJson("/api/v1/programmes/" + programme + "/readiness-instrument").status()).isEqualTo(200);
        advisor.get(page);
        assertThat(advisor.postForm(page + "/areas", Map.of("nameEs", "Nueva", "nameEn", "New", "weight", "1"))
                .status()).as("advisors read the instrument but do not change it").isEqualTo(403);
        assertThat(advisor.get(page).body()).doesNotContain("/areas/" + area.get("id").asString() + "/move");
    }

    @Test
    void aNewProgrammeGetsTheDefaultInstrumentWhenFirstRead() {
        AppClient manager = client("calea.pm");
        AppClient.Response created = manager.sendJson("POST", "/api/v1/programmes", "{\"name\":\"Programa Bajío "
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"startsOn\":\"2027-01-01\",\"endsOn\":\"2030-01-01\"}", true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String programme = json(created).get("id").asString();

        JsonNode instrument = json(manager.getJson("/api/v1/programmes/" + programme + "/readiness-instrument"));
        assertThat(instrument.get("version").asInt()).isEqualTo(1);
        assertThat(instrument.get("areas").size()).isEqualTo(8);
        assertThat(instrument.get("areas").get(0).get("nameEs").asString()).isEqualTo("Liderazgo y compromiso");
        int questions = 0;
        for (JsonNode area : instrument.get("areas")) {
            questions += area.get("questions").size();
            area.get("questions").forEach(q -> assertThat(q.get("weight").asInt()).isPositive());
        }
        assertThat(questions).isBetween(28, 34);
        assertThat(json(manager.getJson("/api/v1/programmes/" + programme + "/readiness-instrument")).get("areas")
                .get(0).get("id")).as("written once").isEqualTo(instrument.get("areas").get(0).get("id"));
        assertThat(rows("select count(*) from audit_event where target_id = ? and action = 'READINESS_INSTRUMENT_CREATED' "
                + "and actor_name = 'system'", programme)).isEqualTo(1);
        assertThat(client("gerente.c5").getJson("/api/v1/programmes/" + programme + "/readiness-instrument").status())
                .as("a programme the caller takes no part in").isEqualTo(404);
    }

    @Test
    void anotherAgencysAssessmentsAreNotFoundOnPagesAndTheApi() {
        UUID police = DemoOrganisations.police(jdbc);
        String assessment = json(client("gerente.policia").getJson(api(police))).get(0).get("id").asString();
        AppClient other = client("gerente.c5");
        assertThat(other.get("/agencies/" + police + "/readiness").status()).isEqualTo(404);
        assertThat(other.get("/agencies/" + police + "/readiness/" + assessment).status()).isEqualTo(404);
        assertThat(other.getJson(api(police)).status()).isEqualTo(404);
        assertThat(other.getJson(api(police) + "/" + assessment).status()).isEqualTo(404);
        assertThat(other.sendJson("POST", api(police), "{}", true).status()).isEqualTo(404);
        assertThat(other.sendJson("PUT", api(police) + "/" + assessment + "/answers", "{\"answers\":[]}", true).status())
                .isEqualTo(404);
        assertThat(other.sendJson("POST", api(police) + "/" + assessment + "/completion", "", true).status()).isEqualTo(404);
        assertThat(other.postForm("/agencies/" + police + "/readiness/" + assessment + "/answers", Map.of()).status())
                .isEqualTo(404);
        assertThat(other.getJson(api(DemoOrganisations.c5(jdbc)) + "/" + assessment).status())
                .as("an assessment asked for under another agency").isEqualTo(404);
        AppClient advisor = client("asesor");
        assertThat(advisor.getJson(api(DemoOrganisations.academy(jdbc))).status()).as("not assigned").isEqualTo(404);
    }

    @Test
    void fundersAndAgencyStaffReadButDoNotRunAssessments() {
        UUID police = DemoOrganisations.police(jdbc);
        for (String reader : List.of("financiador", "personal.policia", "gerente.policia")) {
            AppClient client = client(reader);
            String list = client.getJson(api(police)).body();
            String draft = json(client.getJson(api(police))).get(0).get("id").asString();
            assertThat(list).as(reader).contains("\"state\":\"COMPLETED\"");
            assertThat(client.get("/agencies/" + police + "/readiness").body()).as(reader)
                    .contains("data-testid=\"progress-chart\"").doesNotContain("data-testid=\"start-assessment\"");
            assertThat(client.get("/agencies/" + police + "/readiness/" + draft).body()).as(reader)
                    .doesNotContain("data-testid=\"assessment-form\"");
            assertThat(client.sendJson("POST", api(police), "{}", true).status()).as(reader).isEqualTo(403);
            assertThat(client.sendJson("PUT", api(police) + "/" + draft + "/answers", "{\"answers\":[]}", true).status())
                    .as(reader).isEqualTo(403);
            assertThat(client.sendJson("POST", api(police) + "/" + draft + "/completion", "", true).status())
                    .as(reader).isEqualTo(403);
        }
    }

    @Test
    void latestScoresComeInOneAnswerForTheAgenciesTheCallerMaySee() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID c5 = DemoOrganisations.c5(jdbc);
        UUID academy = DemoOrganisations.academy(jdbc);
        Map<UUID, ReadinessScore> all = CurrentScope.runAs(AccessScope.SYSTEM,
                () -> readiness.latestScores(List.of(police, c5, academy)));
        assertThat(all).containsKeys(police, c5);
        assertThat(all.get(police).percent()).isBetween(70.0, 76.0);
        assertThat(all.get(police).assessedOn()).isBefore(LocalDate.now().minusMonths(2));
        assertThat(all.get(c5).percent()).isBetween(50.0, 60.0);

        AccessScope c5Manager = new AccessScope(UUID.randomUUID(), "gerente.c5", null, Set.of(Role.ACCREDITATION_MANAGER),
                Reach.of(Set.of(c5)), Reach.of(Set.of(c5)));
        assertThat(CurrentScope.runAs(c5Manager, () -> readiness.latestScores(List.of(police, c5, academy))))
                .containsOnlyKeys(c5);
    }

    @Test
    void thePagesSpeakTheReadersLanguage() {
        UUID police = DemoOrganisations.police(jdbc);
        String spanish = client("gerente.policia").get("/agencies/" + police + "/readiness").body();
        assertThat(spanish).contains("Evaluación de preparación").contains("Brechas").contains("Liderazgo y compromiso")
                .contains("Avance en el tiempo").contains("Crear acción de mejora").contains("Avance por área").doesNotContain("Leadership and commitment");
        AppClient funder = client("financiador");
        String english = funder.get("/agencies/" + police + "/readiness").body();
        assertThat(english).contains("Readiness assessment").contains("Gaps").contains("Leadership and commitment")
                .contains("Progress over time").contains("Progress by area")
                .contains("<title id=\"chart-title\">Overall readiness score")
                .doesNotContain("Liderazgo y compromiso");
        String instrument = funder.get("/programmes/" + demoProgramme() + "/readiness-instrument").body();
        assertThat(instrument).contains("Readiness instrument").contains("Liderazgo y compromiso")
                .contains("Leadership and commitment").doesNotContain("/areas/");
        assertThat(client("gerente.policia").get("/agencies/" + police).body()).contains("/agencies/" + police + "/readiness\"");
    }
}
