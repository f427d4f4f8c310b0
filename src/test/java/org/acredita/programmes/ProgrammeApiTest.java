package org.acredita.programmes;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Programmes through the API and pages: settings and rules, cohorts, advisor pairs, isolation and roles. */
@AcreditaIntegrationTest
class ProgrammeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private AppClient client(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    private long rows(String sql, Object... params) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(sql).params(params).query(Long.class).single());
    }

    private UUID demoProgramme() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select id from funded_programme where name like '%demostración%'")
                .query(UUID.class).single());
    }

    private UUID user(String username) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select id from app_user where username = ?")
                .param(username).query(UUID.class).single());
    }

    private static String idOf(String json) {
        return json.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
    }

    @Test
    void theDemoProgrammeHasDefaultSettingsGoalsCohortsAndAdvisorPairs() {
        AppClient funder = client("financiador");
        UUID programme = demoProgramme();
        AppClient.Response list = funder.getJson("/api/v1/programmes");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(programme.toString()).contains("\"monthsLawEnforcement\":36")
                .contains("\"monthsCommunications\":24").contains("\"passThreshold\":80")
                .contains("\"publicCommentNoticeDays\":60").contains("\"LAW_ENFORCEMENT\":8");
        String members = funder.getJson("/api/v1/programmes/" + programme + "/agencies").body();
        assertThat(members).contains("Querétaro").contains("C5").contains("Academia")
                .contains("Miguel Ángel Torres").contains("Sofía Núñez Rivas").contains("Alberto Quiroga Beltrán");
        assertThat(funder.getJson("/api/v1/programmes/" + programme + "/cohorts").body()).contains("Cohorte 1")
                .contains("Cohorte 2");
        // The pairing is what gives the second advisor and the regional manager their access.
        assertThat(rows("select count(*) from agency_assignment where user_id = ?", user("gerente.regional")))
                .isEqualTo(3);
    }

    @Test
    void agencyPeopleSeeTheirProgrammeButOnlyTheirOwnAgencyInIt() {
        UUID programme = demoProgramme();
        AppClient manager = client("gerente.policia");
        assertThat(manager.getJson("/api/v1/programmes").body()).contains(programme.toString());
        String members = manager.getJson("/api/v1/programmes/" + programme + "/agencies").body();
        assertThat(members).contains("Querétaro").doesNotContain("C5").doesNotContain("Academia");
        assertThat(manager.sendJson("POST", "/api/v1/programmes", "{\"name\":\"Otro programa\","
                + "\"startsOn\":\"2027-01-01\",\"endsOn\":\"2029-01-01\"}", true).status()).isEqualTo(403);
    }

    @Test
    void programmeRulesAreCheckedWholeBeforeAnythingIsWritten() {
        AppClient pm = client("calea.pm");
        pm.postForm("/language", java.util.Map.of("lang", "en", "redirect", "/"));
        long before = rows("select count(*) from funded_programme");
        AppClient.Response badDates = pm.sendJson("POST", "/api/v1/programmes", "{\"name\":\"Programa Norte\","
                + "\"startsOn\":\"2027-01-01\",\"endsOn\":\"2026-01-01\"}", true);
        assertThat(badDates.status()).isEqualTo(400);
        assertThat(badDates.body()).contains("The end date must come after the start date");
        AppClient.Response badThreshold = pm.language("es-MX").sendJson("POST", "/api/v1/programmes",
                "{\"name\":\"Programa Norte\",\"startsOn\":\"2027-01-01\",\"endsOn\":\"2030-01-01\",\"settings\":"
                        + "{\"monthsLawEnforcement\":36,\"monthsCommunications\":24,\"monthsTrainingAcademy\":24,"
                        + "\"monthsCampusSecurity\":24,\"passThreshold\":30,\"publicCommentNoticeDays\":60}}", true);
        assertThat(badThreshold.status()).isEqualTo(400);
        assertThat(rows("select count(*) from funded_programme")).isEqualTo(before);
    }

    @Test
    void aNewProgrammeIsInvisibleToAgenciesOutsideItAndItsTimeLimitsDriveDeadlines() {
        AppClient admin = client("admin");
        UUID police = DemoOrganisations.police(jdbc);
        String name = "Programa Bajío " + UUID.randomUUID().toString().substring(0, 6);
        AppClient.Response created = admin.sendJson("POST", "/api/v1/programmes", "{\"name\":\"" + name
                + "\",\"startsOn\":\"2030-01-01\",\"endsOn\":\"2033-12-31\",\"budget\":1500000.5,"
                + "\"goals\":{\"LAW_ENFORCEMENT\":2}}", true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = idOf(created.body());
        assertThat(created.body()).contains("\"monthsLawEnforcement\":36").contains("\"currency\":\"MXN\"");
        AppClient.Response cohort = admin.sendJson("POST", "/api/v1/programmes/" + id + "/cohorts",
                "{\"name\":\"Cohorte A\",\"startsOn\":\"2030-02-01\"}", true);
        assertThat(cohort.status()).isEqualTo(201);
        assertThat(admin.sendJson("POST", "/api/v1/programmes/" + id + "/cohorts",
                "{\"name\":\"cohorte a\",\"startsOn\":\"2030-02-01\"}", true).status()).isEqualTo(400);

        AppClient c5 = client("gerente.c5");
        assertThat(c5.getJson("/api/v1/programmes").body()).doesNotContain(id);
        assertThat(c5.getJson("/api/v1/programmes/" + id).status()).isEqualTo(404);
        assertThat(c5.get("/programmes/" + id).status()).isEqualTo(404);
        assertThat(c5.sendJson("PUT", "/api/v1/programmes/" + id + "/agencies/" + police,
                "{\"joinedOn\":\"2030-02-01\"}", true).status()).isIn(403, 404);
        assertThat(client("financiador").sendJson("PUT", "/api/v1/programmes/" + id, "{\"name\":\"X programa\","
                + "\"startsOn\":\"2030-01-01\",\"endsOn\":\"2031-01-01\"}", true).status()).isEqualTo(403);
        assertThat(rows("select count(*) from audit_event where target_id = ? and action in "
                + "('PROGRAMME_CREATED', 'COHORT_CREATED')", id)).isEqualTo(2);
    }

    @Test
    void anAdvisorPairNeedsTwoDifferentEligiblePeople() {
        AppClient admin = client("admin");
        UUID programme = demoProgramme();
        UUID academy = DemoOrganisations.academy(jdbc);
        UUID sofia = user("asesora");
        String path = "/api/v1/programmes/" + programme + "/agencies/" + academy + "/advisors";
        AppClient.Response same = admin.sendJson("PUT", path, "{\"leadAdvisorId\":\"" + sofia
                + "\",\"secondAdvisorId\":\"" + sofia + "\"}", true);
        assertThat(same.status()).isEqualTo(400);
        AppClient.Response notAdvisor = admin.sendJson("PUT", path, "{\"leadAdvisorId\":\"" + user("gerente.policia")
                + "\"}", true);
        assertThat(notAdvisor.status()).isEqualTo(400);
        assertThat(notAdvisor.body()).contains("no tiene el rol requerido");
    }

    @Test
    void thePagesShowTheProgrammeInBothLanguages() {
        UUID programme = demoProgramme();
        AppClient admin = client("admin");
        assertThat(admin.get("/programmes").body()).contains("Programas").contains(programme.toString());
        String page = admin.get("/programmes/" + programme).body();
        assertThat(page).contains("Metas de acreditación").contains("Cohorte 1").contains("36 meses");
        AppClient funder = client("financiador");
        String english = funder.get("/programmes/" + programme).body();
        assertThat(english).contains("Accreditation goals").contains("36 months").doesNotContain("enrol-form");
        admin.get("/programmes/new");
        AppClient.Response refused = admin.postForm("/programmes", Map.of("name", "Programa Sur", "startsOn",
                "2031-01-01", "endsOn", "2030-01-01"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(admin.get("/programmes/new").body()).contains("La fecha de fin debe ser posterior")
                .containsPattern("id=\"endsOn\"[^>]*aria-invalid=\"true\"");
    }
}
