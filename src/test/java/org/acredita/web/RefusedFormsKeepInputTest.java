package org.acredita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A form a rule refuses comes back with what was typed and the message beside the field it is about. */
@AcreditaIntegrationTest
class RefusedFormsKeepInputTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAssistanceLogKeepsWhatTheAdvisorTyped() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient advisor = AppClient.signedIn(port, "asesor");
        String log = "/agencies/" + police + "/assistance";
        advisor.get(log);
        assertThat(advisor.postForm(log, Map.of("occurredOn", "2026-11-02", "mode", "REMOTE", "durationMinutes", "0",
                "topics", "1.2.1, 4.1.1", "summary", "Revisión de la política de uso de la fuerza con el gerente",
                "followUp", "Enviar borrador corregido")).status()).isEqualTo(302);

        String page = advisor.get(log).body();
        assertThat(page).contains("value=\"2026-11-02\"").contains("value=\"0\"").contains("value=\"1.2.1, 4.1.1\"")
                .contains(">Revisión de la política de uso de la fuerza con el gerente</textarea>")
                .contains(">Enviar borrador corregido</textarea>")
                .contains("data-testid=\"field-error-durationMinutes\"")
                .containsPattern("value=\"REMOTE\"[^>]*checked");
        assertThat(advisor.get(log).body()).as("kept once, like any flash message")
                .doesNotContain("Revisión de la política de uso de la fuerza con el gerente</textarea>");
    }

    @Test
    void aNewImprovementActionKeepsItsFieldsAndOnlyItsOwnFormIsRefilled() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.c5");
        String plan = "/agencies/" + c5 + "/improvement-plan";
        manager.get(plan);
        assertThat(manager.postForm(plan + "/items", Map.of("category", "EQUIPMENT", "title",
                "Consola de respaldo para el turno nocturno", "owner", "Ing. Marisol Pech", "dueDate", "2031-03-15",
                "priority", "HIGH", "status", "OPEN", "linkedStandards", "norma 9")).status()).isEqualTo(302);

        String page = manager.get(plan).body();
        assertThat(page).contains("value=\"Consola de respaldo para el turno nocturno\"")
                .contains("value=\"Ing. Marisol Pech\"").contains("value=\"2031-03-15\"").contains("value=\"norma 9\"")
                .contains("data-testid=\"field-error-linkedStandards\"")
                .containsPattern("value=\"HIGH\"[^>]*selected").containsPattern("value=\"EQUIPMENT\"[^>]*selected");
        assertThat(page.split("value=\"Consola de respaldo para el turno nocturno\"", -1)).as("only the new form").hasSize(2);
    }
    @Test
    void theAgencyProfilesContactAndHandOverFormsKeepWhatWasTyped() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.c5");
        String profile = "/agencies/" + c5 + "/profile";
        manager.get(profile);
        assertThat(manager.postForm("/agencies/" + c5 + "/contacts", Map.of("name", "Lic. Mariana Couoh Dzul",
                "position", "Enlace de tecnologías", "email", "mariana-sin-arroba", "notes", "Turno matutino",
                "primary", "true")).status()).isEqualTo(302);
        String page = manager.get(profile).body();
        assertThat(page).contains("value=\"Lic. Mariana Couoh Dzul\"").contains("value=\"Enlace de tecnologías\"")
                .contains("value=\"mariana-sin-arroba\"").contains(">Turno matutino</textarea>")
                .contains("data-testid=\"field-error-email\"")
                .containsPattern("id=\"new-contact-primary\"[^>]*checked");

        manager.get(profile);
        assertThat(manager.postForm("/agencies/" + c5 + "/managers", Map.of("name", "Ing. Tomás Ek Chan",
                "email", "tomas@", "startedOn", "2026-10-01", "notes", "Relevo por licencia")).status()).isEqualTo(302);
        String handOver = manager.get(profile).body();
        assertThat(handOver).contains("value=\"Ing. Tomás Ek Chan\"").contains("value=\"2026-10-01\"")
                .contains(">Relevo por licencia</textarea>").contains("data-testid=\"field-error-email\"")
                .as("the contact form is not refilled by the hand-over's refusal")
                .doesNotContain("value=\"mariana-sin-arroba\"");
    }

    @Test
    void aRefusedLifecycleStepKeepsItsDateAndReasonWithWhatIsMissingBesideTheDate() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");
        String agency = admin.sendJson("POST", "/api/v1/organisations", "{\"kind\":\"AGENCY\",\"name\":"
                + "\"Policía Municipal de Tlaquepaque — paso rechazado\",\"stateCode\":\"14\"}", true).body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        for (String phase : new String[] {"CONTACTED", "INVITED"}) {
            admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase + "\"}", true);
        }
        String lifecycle = "/agencies/" + agency;
        admin.get(lifecycle);
        assertThat(admin.postForm(lifecycle + "/transitions", Map.of("programme", "LAW_ENFORCEMENT", "to", "COMMITTED",
                "date", "2099-01-15", "reason", "Convenio firmado por el presidente municipal")).status()).isEqualTo(302);

        String page = admin.get(lifecycle).body();
        assertThat(page).contains("data-testid=\"transition-refused\"").contains("value=\"2099-01-15\"")
                .contains(">Convenio firmado por el presidente municipal</textarea>")
                .containsPattern("value=\"COMMITTED\"[^>]*selected")
                .contains("data-testid=\"field-error-date\"");
        assertThat(page).as("nothing was recorded").contains("data-testid=\"phase\">Invitada");
    }

    @Test
    void aRefusedNewUserKeepsWhatWasTypedButNeverThePassword() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/admin/users/new");
        assertThat(admin.postForm("/admin/users", Map.of("username", "rocio.canul", "displayName", "Rocío Canul May",
                "email", "rocio-sin-arroba", "locale", "en", "organisationId", c5.toString(),
                "roles", "AGENCY_STAFF", "password", "contraseña-que-no-vuelve")).status()).isEqualTo(302);

        String page = admin.get("/admin/users/new").body();
        assertThat(page).contains("value=\"rocio.canul\"").contains("value=\"Rocío Canul May\"")
                .contains("value=\"rocio-sin-arroba\"").contains("data-testid=\"field-error-email\"")
                .containsPattern("value=\"en\"[^>]*selected").containsPattern("value=\"" + c5 + "\"[^>]*selected")
                .containsPattern("id=\"role-AGENCY_STAFF\"[^>]*checked")
                .doesNotContain("contraseña-que-no-vuelve");
    }

    @Test
    void aRefusedCohortKeepsItsNameWithTheMissingStartBesideItsField() {
        UUID programme = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from funded_programme where name like '%demostración%'").query(UUID.class).single());
        AppClient admin = AppClient.signedIn(port, "admin");
        String overview = "/programmes/" + programme;
        admin.get(overview);
        assertThat(admin.postForm(overview + "/cohorts", Map.of("name", "Cohorte Península 2027")).status())
                .isEqualTo(302);

        String page = admin.get(overview).body();
        assertThat(page).contains("value=\"Cohorte Península 2027\"").contains("data-testid=\"field-error-startsOn\"")
                .containsPattern("id=\"cohort-start\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    void aRefusedNewDirectiveKeepsItsCodeKindAndOwnerWithTheMissingTitleBesideItsField() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        String directives = "/agencies/" + police + "/directives";
        manager.get(directives);
        assertThat(manager.postForm(directives, Map.of("code", "PG-214", "title", " ", "kind", "GENERAL_ORDER",
                "owner", "Dirección de Asuntos Internos")).status()).isEqualTo(302);

        String page = manager.get(directives).body();
        assertThat(page).contains("value=\"PG-214\"").contains("value=\"Dirección de Asuntos Internos\"")
                .containsPattern("value=\"GENERAL_ORDER\"[^>]*selected").contains("data-testid=\"field-error-title\"");
    }

    @Test
    void aRefusedWaiverRequestKeepsItsReasonWithTheMonthsMessageBesideThem() {
        UUID police = DemoOrganisations.police(jdbc);
        String standard = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select '/accreditation-files/' || fs.file_id || '/standards/' || fs.number from file_standard fs
                  join accreditation_file f on f.id = fs.file_id
                where f.agency_id = ? and fs.status = 'NOT_STARTED' and fs.request is null
                order by fs.sort_key desc limit 1""").param(police).query(String.class).single());
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        manager.get(standard);
        assertThat(manager.postForm(standard + "/status", Map.of("action", "REQUEST_WAIVER", "months", "60",
                "note", "El equipo de radiocomunicación llega con el convenio estatal de 2027")).status())
                .isEqualTo(302);

        String page = manager.get(standard).body();
        assertThat(page).contains(">El equipo de radiocomunicación llega con el convenio estatal de 2027</textarea>")
                .contains("value=\"60\"").contains("data-testid=\"field-error-months\"");
    }

    @Test
    void aRefusedNewProgrammeKeepsEveryFieldWithTheEndDateMessageBesideItInBothLanguages() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/programmes/new");
        Map<String, String> typed = Map.of("name", "Programa Península Segura 2031", "startsOn", "2031-01-01",
                "endsOn", "2030-06-30", "budget", "1250000.50", "currency", "MXN", "passThreshold", "85",
                "monthsCommunications", "30", "goalAcademy", "4", "description", "Tres estados, una cohorte");
        AppClient.Response refused = admin.postForm("/programmes", typed);
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith("/programmes/new");

        String page = admin.get("/programmes/new").body();
        assertThat(page).contains("value=\"Programa Península Segura 2031\"").contains("value=\"2031-01-01\"")
                .contains("value=\"2030-06-30\"").contains("value=\"1250000.50\"").contains("value=\"85\"")
                .contains("value=\"30\"").contains(">Tres estados, una cohorte</textarea>")
                .containsPattern("id=\"goalAcademy\"[^>]*value=\"4\"")
                .contains("data-testid=\"field-error-endsOn\"").contains("La fecha de fin debe ser posterior")
                .containsPattern("id=\"endsOn\"[^>]*aria-invalid=\"true\"");

        admin.postForm("/programmes", typed);
        assertThat(admin.get("/programmes/new?lang=en").body()).contains("value=\"Programa Península Segura 2031\"")
                .contains("data-testid=\"field-error-endsOn\"").contains("The end date must come after the start date.");
    }

    @Test
    void aRefusedProgrammeEditNamesTheTimeLimitThatIsOutOfRange() {
        UUID programme = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from funded_programme where name like '%demostración%'").query(UUID.class).single());
        AppClient admin = AppClient.signedIn(port, "admin");
        String edit = "/programmes/" + programme + "/edit";
        String form = admin.get(edit).body();
        String name = form.replaceAll("(?s).*id=\"name\" name=\"name\"[^>]*value=\"([^\"]*)\".*", "$1");
        assertThat(admin.postForm("/programmes/" + programme, Map.of("name", name, "startsOn", "2026-01-01",
                "endsOn", "2029-12-31", "monthsCampusSecurity", "90")).status()).isEqualTo(302);

        String page = admin.get(edit).body();
        assertThat(page).contains("data-testid=\"field-error-monthsCampusSecurity\"").contains("value=\"90\"")
                .doesNotContain("data-testid=\"field-error-monthsLawEnforcement\"");
    }

    @Test
    void aRefusedInstrumentAreaKeepsBothNamesAndItsWeightInTheNewAreaFormOnly() {
        UUID programme = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from funded_programme where name like '%demostración%'").query(UUID.class).single());
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        String instrument = "/programmes/" + programme + "/readiness-instrument";
        manager.get(instrument);
        assertThat(manager.postForm(instrument + "/areas", Map.of("nameEs", "Gestión de la evidencia", "nameEn", "E",
                "weight", "3")).status()).isEqualTo(302);

        String page = manager.get(instrument).body();
        assertThat(page).contains("value=\"Gestión de la evidencia\"").contains("value=\"E\"")
                .containsPattern("id=\"new-area-w\"[^>]*value=\"3\"")
                .contains("data-testid=\"field-error-nameEn\"").contains("The area name needs 2 to 200 characters");
        assertThat(page.split("data-testid=\"field-error-nameEn\"", -1)).as("only the new area's form").hasSize(2);
    }

    @Test
    void aRefusedReadinessStartKeepsTheDateAndAssessorsWithTheDateMessageBesideIt() {
        UUID programme = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from funded_programme where name like '%demostración%'").query(UUID.class).single());
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/profile");
        String agency = admin.sendJson("POST", "/api/v1/organisations", "{\"kind\":\"AGENCY\",\"name\":"
                + "\"Policía Municipal de Valladolid — diagnóstico rechazado\",\"stateCode\":\"31\"}", true).body()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        admin.get("/programmes/" + programme);
        assertThat(admin.postForm("/programmes/" + programme + "/agencies", Map.of("agencyId", agency,
                "joinedOn", "2026-02-01")).status()).isEqualTo(302);
        String readiness = "/agencies/" + agency + "/readiness";
        assertThat(admin.get(readiness).body()).contains("data-testid=\"start-assessment\"");

        assertThat(admin.postForm(readiness, Map.of("assessedOn", "2099-03-01",
                "assessors", "Mtra. Leticia Balam Chi")).status()).isEqualTo(302);
        String page = admin.get(readiness).body();
        assertThat(page).contains("value=\"2099-03-01\"").contains("value=\"Mtra. Leticia Balam Chi\"")
                .contains("data-testid=\"field-error-assessedOn\"").contains("no puede ser futura")
                .containsPattern("data-testid=\"start-assessment\"[^>]*open");
    }

    @Test
    void aRefusedChapterAssignmentKeepsTheChapterAndDueDateWithTheAssigneeMessageBesideIt() {
        UUID police = DemoOrganisations.police(jdbc);
        String file = DemoOrganisations.policeFile(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        String accreditation = "/agencies/" + police + "/accreditation";
        manager.get(accreditation);
        assertThat(manager.postForm("/accreditation-files/" + file + "/chapters", Map.of("chapter", "2",
                "assignee", UUID.randomUUID().toString(), "dueDate", "2031-02-03")).status()).isEqualTo(302);

        String page = manager.get(accreditation).body();
        assertThat(page).contains("value=\"2031-02-03\"").containsPattern("<option value=\"2\"[^>]*selected")
                .contains("data-testid=\"field-error-assignee\"")
                .contains("La persona responsable debe pertenecer a la institución.")
                .containsPattern("data-testid=\"bulk-assign\"[^>]*open");
    }
}
