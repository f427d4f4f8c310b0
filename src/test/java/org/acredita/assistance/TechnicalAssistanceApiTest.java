package org.acredita.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import org.springframework.transaction.support.TransactionTemplate;

/** The assistance log through the API and the pages: recording, validation, isolation and totals. */
@AcreditaIntegrationTest
class TechnicalAssistanceApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private AppClient client(String user) {
        AppClient client = AppClient.signedIn(port, user);
        client.get("/profile");
        return client;
    }

    private static String session(String summary, int minutes, String topics) {
        return "{\"occurredOn\":\"" + LocalDate.now().minusDays(3) + "\",\"mode\":\"ON_SITE\",\"durationMinutes\":"
                + minutes + ",\"coAdvisors\":\"Ana Pérez\",\"agencyParticipants\":\"Laura Méndez\",\"topics\":"
                + topics + (summary == null ? "" : ",\"summary\":\"" + summary + "\"")
                + ",\"followUp\":\"Revisar directiva\"}";
    }

    private long stored(String summary) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from assistance_session where summary = ?").param(summary).query(Long.class).single());
    }

    @Test
    void advisorRecordsASessionAndSeesItInTheLogAndTheTotals() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient advisor = client("asesor");
        AppClient.Response created = advisor.sendJson("POST", "/api/v1/agencies/" + police + "/assistance",
                session("Revisión del capítulo 4 con el área jurídica", 150, "[\"1.2\",\"4.1.3\",\" 4.1.3 \"]"), true);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"advisors\":\"Miguel Ángel Torres; Ana Pérez\"")
                .contains("\"topics\":[\"1.2\",\"4.1.3\"]").contains("\"recordedByName\":\"Miguel Ángel Torres\"");

        assertThat(advisor.getJson("/api/v1/agencies/" + police + "/assistance").body())
                .contains("Revisión del capítulo 4 con el área jurídica");
        assertThat(advisor.get("/agencies/" + police + "/assistance").body())
                .contains("Revisión del capítulo 4 con el área jurídica").contains("data-testid=\"record-form\"");
        String totals = advisor.getJson("/api/v1/assistance/totals").body();
        assertThat(totals).contains("\"key\":\"" + police + "\"").contains("\"label\":\"Miguel Ángel Torres\"")
                .contains("\"key\":\"LAW_ENFORCEMENT\"");
        assertThat(advisor.get("/assistance").body()).contains("/agencies/" + police + "/assistance")
                .contains("Horas de asistencia técnica");
        Long audited = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'ASSISTANCE_RECORDED' and agency_id = ?")
                .param(police).query(Long.class).single());
        assertThat(audited).isPositive();
    }

    @Test
    void badInputIsRefusedInTheCallersLanguageAndNothingIsStored() {
        String police = DemoOrganisations.police(jdbc).toString();
        AppClient advisor = client("asesor");
        AppClient.Response noSummary = advisor.sendJson("POST", "/api/v1/agencies/" + police + "/assistance",
                session(null, 60, "[]"), true);
        assertThat(noSummary.status()).isEqualTo(400);
        assertThat(noSummary.body()).contains("Escriba un resumen de la sesión.");

        AppClient.Response badTopic = advisor.sendJson("POST", "/api/v1/agencies/" + police + "/assistance",
                session("Tema inválido", 60, "[\"4.0.1\"]"), true);
        assertThat(badTopic.status()).isEqualTo(400);
        assertThat(badTopic.body()).contains("«4.0.1» no es un número de capítulo o estándar");

        AppClient.Response noTime = advisor.sendJson("POST", "/api/v1/agencies/" + police + "/assistance",
                session("Sin duración", 0, "[\"1.2\"]"), true);
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.body()).contains("La duración debe ser de 1 a 1440 minutos.");
        assertThat(stored("Tema inválido") + stored("Sin duración")).isZero();
    }

    @Test
    void advisorCannotRecordForAnAgencyNotAssignedToThem() {
        UUID academy = DemoOrganisations.academy(jdbc);
        AppClient advisor = client("asesor");
        assertThat(advisor.sendJson("POST", "/api/v1/agencies/" + academy + "/assistance",
                session("Visita a la academia", 60, "[]"), true).status()).isEqualTo(404);
        assertThat(stored("Visita a la academia")).isZero();
    }

    @Test
    void anotherAgencysManagerSeesNeitherTheLogNorItsTotals() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient c5 = client("gerente.c5");
        assertThat(c5.getJson("/api/v1/agencies/" + police + "/assistance").status()).isEqualTo(404);
        assertThat(c5.get("/agencies/" + police + "/assistance").status()).isEqualTo(404);
        String totals = c5.getJson("/api/v1/assistance/totals").body();
        assertThat(totals).doesNotContain(police.toString()).contains(DemoOrganisations.c5(jdbc).toString());
        assertThat(c5.get("/assistance").body()).doesNotContain(police.toString());
    }

    @Test
    void funderReadsButCannotRecord() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        AppClient funder = client("financiador");
        assertThat(funder.getJson("/api/v1/agencies/" + c5 + "/assistance").body()).contains("Diagnóstico de preparación");
        assertThat(funder.get("/agencies/" + c5 + "/assistance").body()).doesNotContain("data-testid=\"record-form\"");
        assertThat(funder.sendJson("POST", "/api/v1/agencies/" + c5 + "/assistance",
                session("Visita del financiador", 60, "[]"), true).status()).isEqualTo(403);
        assertThat(stored("Visita del financiador")).isZero();
    }

    @Test
    void agencyManagerReadsTheirOwnLogButDoesNotRecordIt() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = client("gerente.policia");
        assertThat(manager.get("/agencies/" + police + "/assistance").body())
                .contains("Visita en sitio").contains("4.1.3").doesNotContain("data-testid=\"record-form\"");
        assertThat(manager.sendJson("POST", "/api/v1/agencies/" + police + "/assistance",
                session("Autorregistro", 60, "[]"), true).status()).isEqualTo(403);
        String totals = manager.getJson("/api/v1/assistance/totals").body();
        assertThat(totals).contains(police.toString()).doesNotContain(DemoOrganisations.c5(jdbc).toString());
    }

    @Test
    void theRecordFormStoresASessionAndExplainsARefusal() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        AppClient advisor = client("asesor");
        advisor.get("/agencies/" + c5 + "/assistance");
        AppClient.Response saved = advisor.postForm("/agencies/" + c5 + "/assistance", Map.of("occurredOn",
                LocalDate.now().minusDays(1).toString(), "mode", "REMOTE", "durationMinutes", "45", "topics", "2.1, 3",
                "summary", "Sesión remota sobre despacho"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(advisor.get("/agencies/" + c5 + "/assistance").body()).contains("Sesión remota sobre despacho")
                .contains("Sesión de asistencia técnica registrada.").contains("Sesión remota");

        advisor.postForm("/agencies/" + c5 + "/assistance", Map.of("occurredOn", LocalDate.now().toString(), "mode",
                "ON_SITE", "durationMinutes", "60", "topics", "9.0", "summary", "Tema con cero"));
        assertThat(advisor.get("/agencies/" + c5 + "/assistance").body())
                .contains("«9.0» no es un número de capítulo o estándar");
        assertThat(stored("Tema con cero")).isZero();
    }

    @Test
    void rowLevelSecurityHidesAnotherAgencysSessionsEvenWithoutTheServiceCheck() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID c5 = DemoOrganisations.c5(jdbc);
        AccessScope c5Staff = new AccessScope(UUID.randomUUID(), "test", c5, Set.of(Role.AGENCY_STAFF),
                Reach.of(Set.of(c5)), Reach.of(Set.of(c5)));
        Long foreign = CurrentScope.runAs(c5Staff, () -> transactions.execute(s -> jdbc.sql(
                "select count(*) from assistance_session where agency_id = ?").param(police).query(Long.class).single()));
        assertThat(foreign).isZero();
    }
}
