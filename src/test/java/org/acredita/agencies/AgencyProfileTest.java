package org.acredita.agencies;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Agency profiles and manager handovers through the API and pages, with isolation between agencies. */
@AcreditaIntegrationTest
class AgencyProfileTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static final String PROFILE = """
            {"kind":"LAW_ENFORCEMENT","level":"MUNICIPAL","stateCode":"14","swornPersonnel":180,"civilianPersonnel":30,
             "populationServed":250000,"functions":["TRAFFIC","HOLDING_FACILITY"],"chiefExecutive":"Cmdte. Prueba"}
            """;

    @Test
    void agenciesListShowsProfileSizeAndPhaseOfWhatTheCallerMaySee() {
        UUID police = DemoOrganisations.police(jdbc);
        String own = AppClient.signedIn(port, "gerente.policia").getJson("/api/v1/agencies").body();
        assertThat(own).contains(police.toString()).contains("\"kind\":\"LAW_ENFORCEMENT\"").contains("\"level\":\"STATE\"")
                .contains("\"stateCode\":\"22\"").contains("\"sizeClass\":\"D\"").contains("\"phase\":\"ACCREDITED_WITH_CONDITIONS\"")
                .contains("\"HOLDING_FACILITY\"").doesNotContain(DemoOrganisations.c5(jdbc).toString());
        String advisor = AppClient.signedIn(port, "asesor").getJson("/api/v1/agencies").body();
        assertThat(advisor).contains(police.toString()).contains(DemoOrganisations.c5(jdbc).toString())
                .doesNotContain(DemoOrganisations.academy(jdbc).toString()).contains("\"centreType\":\"C5\"");
        assertThat(AppClient.signedIn(port, "gerente.c5").getJson("/api/v1/agencies/" + police).status()).isEqualTo(404);
        assertThat(AppClient.signedIn(port, "financiador").get("/agencies").body()).contains("Querétaro")
                .contains("Report").contains("Class D");
    }

    @Test
    void managersAndProgrammeStaffRecordTheProfileOthersCannot() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");
        String agency = admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"Policía de El Salto — prueba de perfil\",\"stateCode\":\"14\"}", true)
                .body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        AppClient.Response saved = admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", PROFILE, true);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).contains("\"sizeClass\":\"C\"").contains("\"personnel\":210");

        AppClient funder = AppClient.signedIn(port, "financiador");
        funder.get("/profile");
        assertThat(funder.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", PROFILE, true).status()).isEqualTo(403);
        assertThat(funder.get("/agencies/" + agency + "/profile").body()).contains("disabled")
                .doesNotContain("data-testid=\"save-profile\"");
        AppClient otherAgency = AppClient.signedIn(port, "gerente.c5");
        otherAgency.get("/profile");
        assertThat(otherAgency.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", PROFILE, true).status())
                .isEqualTo(404);
    }

    @Test
    void profileIsValidatedWholeBeforeAnythingIsWritten() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        manager.get("/profile");
        AppClient.Response wrongMunicipality = manager.sendJson("PUT", "/api/v1/agencies/" + police + "/profile",
                PROFILE.replace("\"stateCode\":\"14\"", "\"stateCode\":\"22\",\"municipalityCode\":\"14039\""), true);
        assertThat(wrongMunicipality.status()).isEqualTo(400);
        assertThat(wrongMunicipality.body()).contains("«14039» no es un municipio de la entidad elegida");
        AppClient.Response unknownFunction = manager.sendJson("PUT", "/api/v1/agencies/" + police + "/profile",
                PROFILE.replace("\"TRAFFIC\"", "\"SUBMARINES\""), true);
        assertThat(unknownFunction.body()).contains("«SUBMARINES» no es una función conocida.");
        assertThat(manager.getJson("/api/v1/agencies/" + police).body()).contains("\"level\":\"STATE\"")
                .contains("\"stateCode\":\"22\"");
    }

    @Test
    void managerHandoverKeepsTheHistory() {
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.academia");
        manager.get("/profile");
        AppClient.Response tooEarly = manager.sendJson("POST", "/api/v1/agencies/" + academy + "/managers",
                "{\"name\":\"Persona Anterior\",\"startedOn\":\"2026-01-01\"}", true);
        assertThat(tooEarly.status()).isEqualTo(400);
        String history = manager.sendJson("POST", "/api/v1/agencies/" + academy + "/managers",
                "{\"name\":\"Óscar Terrazas Villa\",\"email\":\"oterrazas@demo.acredita.invalid\",\"startedOn\":\"2026-11-16\","
                        + "\"notes\":\"Recibe expedientes y contraseñas de la gerencia anterior\"}", true).body();
        assertThat(history).contains("\"name\":\"Óscar Terrazas Villa\",\"email\"").contains("\"endedOn\":\"2026-11-15\"")
                .contains("Patricia Loya Chávez");
        Long audited = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'MANAGER_HANDOVER' and agency_id = ?").param(academy)
                .query(Long.class).single());
        assertThat(audited).isEqualTo(2);
    }
}
