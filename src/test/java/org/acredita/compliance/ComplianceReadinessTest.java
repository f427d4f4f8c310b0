package org.acredita.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.UserLanguages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Would we pass today?" on PostgreSQL: the API's figures and blockers for a file set up standard by standard,
 * the threshold of the agency's programme or the default, the pages, the overview, and isolation.
 */
@AcreditaIntegrationTest
class ComplianceReadinessTest {

    private static final String PROFILE = """
            {"kind":"LAW_ENFORCEMENT","level":"MUNICIPAL","stateCode":"14","swornPersonnel":18,"civilianPersonnel":4,
             "populationServed":250000,"functions":["TRAFFIC"],"chiefExecutive":"Cmdte. Prueba"}
            """;
    private static final Pattern STANDARD = Pattern.compile(
            "\\{\"number\":\"([0-9.]+)\",\"title\":\"[^\"]*\",\"level\":\"(MANDATORY|OTHER)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private UserLanguages users;

    @BeforeEach
    void users() {
        users = new UserLanguages(port, jdbc);
    }

    @AfterEach
    void giveLanguagesBack() {
        users.giveBack();
    }

    private AppClient client(String username) {
        return users.client(username);
    }

    private AppClient in(String language, String username) {
        return users.in(language, username);
    }

    private <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }

    private String policeFile() {
        return DemoOrganisations.policeFile(jdbc);
    }

    /**
     * A new municipal force in self-assessment, in no funded programme, its file on the illustrative manual's
     * advanced tier (size class A, so many standards are other-than-mandatory).
     */
    private String newFile(AppClient admin, String name) {
        String agency = admin.sendJson("POST", "/api/v1/organisations", "{\"kind\":\"AGENCY\",\"name\":\"" + name
                + " " + UUID.randomUUID().toString().substring(0, 8) + "\",\"stateCode\":\"14\"}", true).body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", PROFILE, true).status())
                .isEqualTo(200);
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        // The agreement a few days ago: no time-sensitive period has ended yet, so no proof is missing.
        for (String phase : new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT",
            "SELF_ASSESSMENT"}) {
            assertThat(admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\",\"agreementDate\":\"" + java.time.LocalDate.now().minusDays(5) + "\"}", true).status()).isEqualTo(200);
        }
        String file = admin.getJson("/api/v1/agencies/" + agency + "/accreditation-files").body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String manual = system(() -> jdbc.sql("select id from manual_edition where code = 'POL-ILUSTRATIVO' and version = '2026'")
                .query(String.class).single());
        assertThat(client("calea.pm").sendJson("PUT", "/api/v1/accreditation-files/" + file, "{\"manualId\":\""
                + manual + "\",\"tier\":\"ADVANCED\"}", true).status()).isEqualTo(200);
        return file;
    }

    private void set(String file, String number, String status) {
        system(() -> jdbc.sql("update file_standard set status = ? where file_id = ?::uuid and number = ?")
                .params(status, file, number).update());
    }

    @Test
    void theApiCountsBothLevelsAndNamesExactlyWhatBlocksPassing() {
        AppClient admin = in("es-MX", "admin");
        String file = newFile(admin, "Policía Municipal de Zapopan — cumplimiento");
        List<String> mandatory = new ArrayList<>();
        List<String> other = new ArrayList<>();
        String list = admin.getJson("/api/v1/accreditation-files/" + file + "/standards").body();
        Matcher matcher = STANDARD.matcher(list);
        while (matcher.find()) {
            (matcher.group(2).equals("MANDATORY") ? mandatory : other).add(matcher.group(1));
        }
        assertThat(mandatory).as(list).hasSizeGreaterThan(1);
        assertThat(other).as(list).hasSizeGreaterThan(4);

        String readiness = "/api/v1/accreditation-files/" + file + "/readiness";
        assertThat(admin.getJson(readiness).body()).startsWith("{\"mandatory\":{\"met\":0,\"applicable\":"
                + mandatory.size() + "},\"otherThanMandatory\":{\"met\":0,\"applicable\":" + other.size()
                + ",\"threshold\":80,").contains("\"wouldPass\":false").contains("\"thresholdSource\":\"DEFAULT\"");

        // Every mandatory standard in compliance but one returned; one other short of 80 %, one not applicable.
        mandatory.forEach(number -> set(file, number, "IN_COMPLIANCE"));
        String returned = mandatory.get(1);
        set(file, returned, "RETURNED");
        String notApplicable = other.get(other.size() - 1);
        set(file, notApplicable, "NOT_APPLICABLE");
        int applicable = other.size() - 1;
        int required = (80 * applicable + 99) / 100;
        other.subList(0, required - 1).forEach(number -> set(file, number, "IN_COMPLIANCE"));

        AppClient.Response response = admin.getJson(readiness);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"mandatory\":{\"met\":" + (mandatory.size() - 1) + ",\"applicable\":"
                + mandatory.size() + "},\"otherThanMandatory\":{\"met\":" + (required - 1) + ",\"applicable\":"
                + applicable + ",\"threshold\":80,\"needed\":1},\"wouldPass\":false,\"blockers\":["
                + "{\"kind\":\"OTHER_BELOW_THRESHOLD\",\"number\":null,\"level\":\"OTHER\",\"message\":\"Falta 1 "
                + "norma no obligatoria en cumplimiento: hay " + (required - 1) + " de " + applicable
                + " y el 80 % exige " + required + ".\",\"needed\":1,\"met\":" + (required - 1) + ",\"applicable\":"
                + applicable + ",\"threshold\":80},"
                + "{\"kind\":\"MANDATORY_NOT_MET\",\"number\":\"" + returned + "\",\"level\":\"MANDATORY\","
                + "\"message\":\"La norma obligatoria " + returned + " está «Devuelta»: debe estar en cumplimiento.\","
                + "\"status\":\"RETURNED\"}");
        // Nothing else blocks: no time-sensitive period of the young file has ended.
        assertThat(response.body().substring(0, response.body().indexOf("\"fileId\"")))
                .doesNotContainPattern("\"kind\":\"(?!OTHER_BELOW_THRESHOLD|MANDATORY_NOT_MET|MISSING_PROOF)");
        assertThat(response.body()).contains("\"thresholdSource\":\"DEFAULT\"").contains("\"programme\":null")
                .contains("\"chapters\":[{\"chapter\":").contains("\"overdue\":[]")
                .containsPattern("\"trend\":\\[.*\\{\"on\":\"[0-9-]+\",\"met\":" + (mandatory.size() - 1 + required - 1)
                        + ",\"applicable\":" + (mandatory.size() + applicable) + "}]");

        AppClient english = in("en", "admin");
        assertThat(english.getJson(readiness).body()).contains("Mandatory standard " + returned
                + " is \\\"Returned\\\": it must be in compliance.").contains("1 more other-than-mandatory standard must be in compliance");

        set(file, returned, "IN_COMPLIANCE");
        set(file, other.get(required - 1), "IN_COMPLIANCE");
        assertThat(admin.getJson(readiness).body()).contains("\"wouldPass\":true,\"blockers\":[]")
                .contains("\"otherThanMandatory\":{\"met\":" + required + ",\"applicable\":" + applicable
                        + ",\"threshold\":80,\"needed\":0}");

        String page = in("es-MX", "admin").get("/accreditation-files/" + file + "/readiness").body();
        assertThat(page).contains("¿Aprobaríamos hoy?").contains("data-testid=\"would-pass\"")
                .contains("el predeterminado, porque la institución no está en un programa financiado")
                .contains("data-testid=\"trend-chart\"");
    }

    @Test
    void theDemoPoliceFileFollowsItsProgrammeThresholdAndShowsItsBlockersInBothLanguages() {
        String file = policeFile();
        AppClient manager = in("es-MX", "gerente.policia");
        String json = manager.getJson("/api/v1/accreditation-files/" + file + "/readiness").body();
        assertThat(json).contains("\"wouldPass\":false").contains("\"thresholdSource\":\"PROGRAMME\"")
                .contains("\"kind\":\"REQUEST_PENDING\"").contains("\"overdue\":[{\"number\":");
        String page = manager.get("/accreditation-files/" + file + "/readiness").body();
        assertThat(page).contains("¿Aprobaríamos hoy?").contains("data-testid=\"would-not-pass\"")
                .contains("data-testid=\"blocker-MANDATORY_NOT_MET\"").contains("/accreditation-files/" + file
                        + "/standards/").contains("Asignaciones vencidas").contains("data-testid=\"overdue-")
                .contains("Cumplimiento por capítulo");
        assertThat(manager.get("/agencies/" + DemoOrganisations.police(jdbc) + "/accreditation").body())
                .contains("href=\"/accreditation-files/" + file + "/readiness\"");
        assertThat(manager.get("/accreditation-files/" + file + "/readiness/panel").body())
                .contains("data-testid=\"would-pass-panel\"").doesNotContain("<html");
        manager.postForm("/language", Map.of("lang", "en", "redirect", "/"));
        assertThat(manager.get("/accreditation-files/" + file + "/readiness").body()).contains("Would we pass today?")
                .contains("Not yet.").contains("Compliance by chapter").contains("Overdue assignments");
    }

    @Test
    void anotherAgencysUserFindsNothingAndTheOverviewShowsOnlyWhatTheCallerReads() {
        UUID police = DemoOrganisations.police(jdbc);
        String file = policeFile();
        AppClient other = in("es-MX", "gerente.c5");
        assertThat(other.getJson("/api/v1/accreditation-files/" + file + "/readiness").status()).isEqualTo(404);
        assertThat(other.get("/accreditation-files/" + file + "/readiness").status()).isEqualTo(404);
        assertThat(other.get("/accreditation-files/" + file + "/readiness/panel").status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/accreditation-files/" + UUID.randomUUID() + "/readiness").status())
                .isEqualTo(404);
        String ownOverview = other.get("/accreditation/overview").body();
        assertThat(ownOverview).doesNotContain("data-testid=\"file-" + police + "\"")
                .doesNotContain("data-testid=\"file-" + DemoOrganisations.academy(jdbc) + "\"");

        String advisor = in("es-MX", "asesor").get("/accreditation/overview").body();
        assertThat(advisor).contains("Cumplimiento de los expedientes")
                .contains("data-testid=\"file-" + police + "\"")
                .contains("href=\"/accreditation-files/" + file + "/readiness\"")
                .doesNotContain("data-testid=\"file-" + DemoOrganisations.academy(jdbc) + "\"");
        assertThat(in("es-MX", "gerente.policia").get("/accreditation/overview").body())
                .contains("data-testid=\"file-" + police + "\"");
        assertThat(client("financiador").getJson("/api/v1/accreditation-files/" + file + "/readiness").status())
                .isEqualTo(200);
        assertThat(client("asesor").get("/").body()).contains("href=\"/accreditation/overview\"");
    }
}
