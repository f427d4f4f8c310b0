package org.acredita.agencies;

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

/** The lifecycle through the API and the page: transitions, refusals, timeline, deadlines and isolation. */
@AcreditaIntegrationTest
class AgencyLifecycleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A fresh agency per test, so the demo agencies keep their phases for the other tests. */
    private String newAgency(String name) {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");
        String created = admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"" + name + "\",\"stateCode\":\"14\"}", true).body();
        return created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
    }

    private AppClient withCsrf(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    /** The demo police's next step (it awaits the Commission), with its date, so only permission can refuse it. */
    private static final String HEARING = "{\"to\":\"HEARING_SCHEDULED\",\"hearingDate\":\"2030-01-15\"}";

    private static AppClient.Response move(AppClient client, String agency, String json) {
        return client.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", json, true);
    }

    @Test
    void demoPoliceWasAccreditedWithConditionsAfterItsSiteBasedAssessmentAndKeepsItsThirtySixMonthDeadline() {
        UUID police = DemoOrganisations.police(jdbc);
        String enrolments = AppClient.signedIn(port, "calea.pm").getJson("/api/v1/agencies/" + police + "/enrolments").body();
        assertThat(enrolments).contains("\"programme\":\"LAW_ENFORCEMENT\"")
                .contains("\"phase\":\"ACCREDITED_WITH_CONDITIONS\"")
                .contains("\"agreementDate\":\"2025-03-10\"").contains("\"selfAssessmentDeadline\":\"2028-03-10\"");
        String timeline = AppClient.signedIn(port, "gerente.policia").getJson("/api/v1/agencies/" + police + "/timeline").body();
        assertThat(timeline).contains("\"to\":\"COMMITTED\"").contains("\"recordedDate\":\"2025-03-10\"")
                .contains("\"to\":\"REMOTE_FILE_REVIEW\"").contains("\"to\":\"SITE_BASED_ASSESSMENT\"")
                .contains("\"to\":\"REPORT\"").contains("\"to\":\"HEARING_SCHEDULED\"")
                .contains("\"to\":\"ACCREDITED_WITH_CONDITIONS\"");
    }

    @Test
    void walksFromCandidateToAccreditedWithEveryRequirement() {
        String agency = newAgency("Policía Municipal de Zapopan — prueba de ciclo");
        AppClient manager = AppClient.signedIn(port, "admin");
        manager.get("/profile");
        assertThat(manager.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments",
                "{\"programme\":\"LAW_ENFORCEMENT\"}", true).status()).isEqualTo(201);
        for (String phase : new String[] {"CONTACTED", "INVITED"}) {
            assertThat(move(manager, agency, "{\"to\":\"" + phase + "\"}").status()).isEqualTo(200);
        }
        AppClient.Response noDate = move(manager, agency, "{\"to\":\"COMMITTED\"}");
        assertThat(noDate.status()).isEqualTo(409);
        assertThat(noDate.body()).contains("Falta la fecha de firma del convenio");
        assertThat(move(manager, agency, "{\"to\":\"COMMITTED\",\"agreementDate\":\"2026-01-15\"}").body())
                .contains("\"selfAssessmentDeadline\":\"2029-01-15\"");

        AppClient.Response skipped = move(manager, agency, "{\"to\":\"ACCREDITED\"}");
        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.body()).contains("De «Comprometida (convenio firmado)» no se puede pasar a «Acreditada».");

        for (String phase : new String[] {"READINESS_ASSESSMENT", "SELF_ASSESSMENT", "MOCK_ASSESSMENT",
                "READY_FOR_REVIEW", "REMOTE_FILE_REVIEW", "SITE_BASED_ASSESSMENT", "REPORT"}) {
            assertThat(move(manager, agency, "{\"to\":\"" + phase + "\"}").status()).as(phase).isEqualTo(200);
        }
        assertThat(move(manager, agency, "{\"to\":\"HEARING_SCHEDULED\",\"hearingDate\":\"2027-03-20\"}").status())
                .isEqualTo(200);
        String accredited = move(manager, agency, "{\"to\":\"ACCREDITED\",\"awardDate\":\"2026-11-20\"}").body();
        assertThat(accredited).contains("\"phase\":\"ACCREDITED\"").contains("\"awardExpires\":\"2030-11-20\"");
        assertThat(manager.getJson("/api/v1/agencies/" + agency + "/timeline").body()).contains("\"to\":\"ACCREDITED\"")
                .contains("\"actorName\":\"admin\"");
        Long audited = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'AGENCY_PHASE_CHANGED' and agency_id = ?::uuid")
                .param(agency).query(Long.class).single());
        assertThat(audited).isEqualTo(12);
    }

    @Test
    void refusalsSpeakTheCallersLanguageAndChangeNothing() {
        String agency = newAgency("Policía de Tlaquepaque — prueba de idioma");
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        manager.get("/profile");
        manager.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        AppClient.Response refused = move(manager, agency, "{\"to\":\"DECLINED\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Candidate\\\" cannot be followed by \\\"Declined").contains("\"unmet\"");
        assertThat(manager.getJson("/api/v1/agencies/" + agency + "/enrolments").body()).contains("\"phase\":\"CANDIDATE\"");
    }

    @Test
    void deadlineExtensionIsRecordedWithItsReason() {
        String agency = newAgency("Instituto Regional de Occidente — prueba de prórroga");
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        manager.get("/profile");
        manager.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"TRAINING_ACADEMY\"}", true);
        move(manager, agency, "{\"to\":\"CONTACTED\"}");
        move(manager, agency, "{\"to\":\"INVITED\"}");
        move(manager, agency, "{\"to\":\"COMMITTED\",\"agreementDate\":\"2026-02-01\"}");
        String extended = manager.sendJson("POST", "/api/v1/agencies/" + agency + "/deadline-extensions",
                "{\"programme\":\"TRAINING_ACADEMY\",\"months\":6,\"reason\":\"Cambio de administración estatal\"}", true).body();
        assertThat(extended).contains("\"selfAssessmentDeadline\":\"2028-08-01\"").contains("\"extensionMonths\":6");
        assertThat(manager.getJson("/api/v1/agencies/" + agency + "/timeline").body())
                .contains("Cambio de administración estatal");
    }

    @Test
    void anotherAgencysLifecycleStaysHiddenAndReadersCannotMoveIt() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient otherAgency = AppClient.signedIn(port, "gerente.c5");
        assertThat(otherAgency.getJson("/api/v1/agencies/" + police + "/timeline").status()).isEqualTo(404);
        assertThat(otherAgency.getJson("/api/v1/agencies/" + police + "/enrolments").status()).isEqualTo(404);
        assertThat(otherAgency.get("/agencies/" + police).status()).isEqualTo(404);
        otherAgency.get("/profile");
        assertThat(move(otherAgency, police.toString(), HEARING).status()).isEqualTo(404);

        AppClient funder = AppClient.signedIn(port, "financiador");
        assertThat(funder.getJson("/api/v1/agencies/" + police + "/timeline").status()).isEqualTo(200);
        funder.get("/profile");
        assertThat(move(funder, police.toString(), HEARING).status()).isEqualTo(403);

        AppClient staff = AppClient.signedIn(port, "personal.policia");
        staff.get("/profile");
        assertThat(move(staff, police.toString(), HEARING).status()).isEqualTo(403);
        assertThat(AppClient.signedIn(port, "asesor").getJson("/api/v1/agencies/" + DemoOrganisations.academy(jdbc)
                + "/timeline").status()).isEqualTo(404);
        assertThat(AppClient.signedIn(port, "calea.pm").getJson("/api/v1/agencies/" + police + "/enrolments").body())
                .contains("\"phase\":\"ACCREDITED_WITH_CONDITIONS\"");
    }

    @Test
    void partnerOrganisationsHaveNoLifecycle() {
        UUID funder = DemoOrganisations.id(jdbc, "Cooperación");
        assertThat(AppClient.signedIn(port, "admin").getJson("/api/v1/agencies/" + funder + "/timeline").status())
                .isEqualTo(404);
    }

    @Test
    void pageShowsThePhaseAndOffersOnlyTheStepsTheReaderMayRecord() {
        UUID police = DemoOrganisations.police(jdbc);
        String managerView = AppClient.signedIn(port, "gerente.policia").get("/agencies/" + police).body();
        assertThat(managerView).contains("Acreditada con condiciones").contains("Fin de la autoevaluación")
                .doesNotContain("data-testid=\"record-transition\"");
        // Accredited with conditions: only the programme staff record what follows (a suspension, a lapse).
        String staffView = AppClient.signedIn(port, "calea.pm").get("/agencies/" + police).body();
        assertThat(staffView).contains("data-testid=\"record-transition\"").contains("value=\"SUSPENDED\"")
                .doesNotContain("value=\"HEARING_SCHEDULED\"");
        String advisorView = AppClient.signedIn(port, "asesor").get("/agencies/" + police).body();
        assertThat(advisorView).contains("Acreditada con condiciones")
                .doesNotContain("data-testid=\"record-transition\"");

        AppClient advisor = AppClient.signedIn(port, "asesor");
        advisor.get("/agencies/" + police);
        AppClient.Response refused = advisor.postForm("/agencies/" + police + "/transitions",
                Map.of("programme", "LAW_ENFORCEMENT", "to", "HEARING_SCHEDULED"));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void documentsAreKeptWithAStepAndOnlyItsRecorderOrTheProgrammeStaffAddThem() {
        String agency = newAgency("Policía Municipal de Tonalá — prueba de documentos");
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        assertThat(move(admin, agency, "{\"to\":\"CONTACTED\"}").status()).isEqualTo(200);
        String timeline = admin.getJson("/api/v1/agencies/" + agency + "/timeline").body();
        String step = timeline.replaceAll("^\\[\\{\"id\":(\\d+),.*", "$1");
        String path = "/api/v1/agencies/" + agency + "/timeline/" + step + "/attachments";
        byte[] letter = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        AppClient.Response kept = admin.upload(path, "oficio-de-invitacion.pdf", letter, false);
        assertThat(kept.status()).as(kept.body()).isEqualTo(201);
        assertThat(admin.getJson("/api/v1/agencies/" + agency + "/timeline").body())
                .contains("\"attachments\":[{\"id\":").contains("oficio-de-invitacion.pdf");
        assertThat(admin.get("/agencies/" + agency).body()).contains("oficio-de-invitacion.pdf");
        assertThat(withCsrf("calea.pm").upload(path, "acuse.pdf", letter, false).status()).isEqualTo(201);
        assertThat(withCsrf("gerente.c5").upload(path, "x.pdf", letter, false).status()).isEqualTo(404);
        assertThat(withCsrf("financiador").upload(path, "x.pdf", letter, false).status()).isEqualTo(403);
        assertThat(admin.upload("/api/v1/agencies/" + agency + "/timeline/999999999/attachments", "x.pdf", letter,
                false).status()).isEqualTo(404);
        Long files = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from stored_file where owner_type = 'agency-transition' and owner_id = ?")
                .param(step).query(Long.class).single());
        assertThat(files).isEqualTo(2);
    }
}
