package org.acredita.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Training through the API and the pages: events, attendance, certificates, who is trained and the dashboard. */
@AcreditaIntegrationTest
class TrainingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UUID programme;
    UUID police;
    UUID c5;
    UUID academy;

    @BeforeEach
    void demo() {
        police = DemoOrganisations.police(jdbc);
        c5 = DemoOrganisations.c5(jdbc);
        academy = DemoOrganisations.academy(jdbc);
        programme = system("select id from funded_programme where name like '%(demostración)'", UUID.class);
    }

    private <T> T system(String sql, Class<T> type, Object... params) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(sql).params(params).query(type).single());
    }

    private UUID user(String username) {
        return system("select id from app_user where username = ?", UUID.class, username);
    }

    private AppClient client(String user) {
        AppClient client = AppClient.signedIn(port, user);
        client.get("/profile");
        return client;
    }

    private String event(String topic, LocalDate heldOn, String hours, UUID... invited) {
        StringBuilder ids = new StringBuilder();
        for (UUID id : invited) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"');
        }
        return "{\"programmeId\":\"" + programme + "\",\"topic\":\"" + topic + "\",\"format\":\"WORKSHOP\","
                + "\"audiences\":[\"ACCREDITATION_MANAGERS\",\"STAFF\"],\"heldOn\":\"" + heldOn + "\","
                + "\"durationHours\":" + hours + ",\"place\":\"Querétaro, Qro.\",\"trainers\":\"Miguel Ángel Torres\","
                + "\"invitedAgencyIds\":[" + ids + "]}";
    }

    private static String id(String json) {
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return id.group(1);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("America/Mexico_City"));
    }

    private long events(String topic) {
        return system("select count(*) from training_event where topic = ?", Long.class, topic);
    }

    private long attendance(String eventId) {
        return system("select count(*) from training_attendance where event_id = ?::uuid", Long.class, eventId);
    }

    @Test
    void theDemoWorkshopsListTheirAttendanceAndTheDashboardCountsThePeopleTrained() {
        AppClient funder = client("financiador");
        String events = funder.getJson("/api/v1/training/events?programmeId=" + programme).body();
        assertThat(events).contains("El modelo de acreditación para titulares y gerentes")
                .contains("Taller de gerentes de acreditación: archivo de pruebas y directivas")
                .contains("\"name\":\"Centro C5 de Mérida — demostración\"");
        String dashboard = funder.getJson("/api/v1/programmes/" + programme + "/dashboard").body();
        Matcher training = Pattern.compile("\"training\":\\{\"events\":(\\d+),\"peopleTrained\":(\\d+),\"hours\":([0-9.]+)\\}")
                .matcher(dashboard);
        assertThat(training.find()).as(dashboard).isTrue();
        assertThat(Long.parseLong(training.group(1))).isGreaterThanOrEqualTo(2);
        // Six people of the demo agencies, Laura Méndez and Ricardo Canul counted once for their two workshops.
        assertThat(Long.parseLong(training.group(2))).isGreaterThanOrEqualTo(6);
        assertThat(Double.parseDouble(training.group(3))).isGreaterThanOrEqualTo(53.0);
        assertThat(funder.get("/programmes/" + programme + "/dashboard?lang=es").body()).contains("data-testid=\"kpi-training\"")
                .contains("personas capacitadas");
    }

    @Test
    void anAdvisorCreatesAnEventAndRecordsAUserOfTheAgencyAndAPersonTypedIn() {
        String topic = "Manejo del archivo de pruebas " + UUID.randomUUID();
        AppClient advisor = client("asesor");
        AppClient.Response created = advisor.sendJson("POST", "/api/v1/training/events",
                event(topic, today().minusDays(1), "4", police, c5), true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String eventId = id(created.body());

        AppClient.Response jorge = advisor.sendJson("POST", "/api/v1/training/events/" + eventId + "/attendance",
                "{\"userId\":\"" + user("personal.policia") + "\",\"position\":\"Policía tercero\",\"hours\":3.5}", true);
        assertThat(jorge.status()).as(jorge.body()).isEqualTo(201);
        assertThat(jorge.body()).contains("\"fullName\":\"Jorge Ramírez Soto\"").contains("\"agencyId\":\"" + police + "\"");
        AppClient.Response typed = advisor.sendJson("POST", "/api/v1/training/events/" + eventId + "/attendance",
                "{\"agencyId\":\"" + c5 + "\",\"fullName\":\"Cmdte. Raúl Pech Ku\",\"position\":\"Jefe de turno\","
                        + "\"hours\":4}", true);
        assertThat(typed.status()).as(typed.body()).isEqualTo(201);

        String detail = advisor.getJson("/api/v1/training/events/" + eventId).body();
        assertThat(detail).contains("Jorge Ramírez Soto").contains("Cmdte. Raúl Pech Ku").contains("\"attendees\":2");
        String trained = client("gerente.policia").getJson("/api/v1/agencies/" + police + "/training").body();
        assertThat(trained).contains(topic).contains("Jorge Ramírez Soto").doesNotContain("Cmdte. Raúl Pech Ku");
        assertThat(advisor.get("/training/events/" + eventId).body()).contains("data-testid=\"attendance-form\"")
                .contains("Jorge Ramírez Soto").contains("Cmdte. Raúl Pech Ku");
        assertThat(system("select count(*) from audit_event where action = 'TRAINING_ATTENDANCE_RECORDED' "
                + "and target_id = ?", Long.class, eventId)).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedOnItsFieldAndNothingIsWritten() {
        AppClient advisor = client("asesor");
        String outside = "Taller con la academia " + UUID.randomUUID();
        AppClient.Response academyInvited = advisor.sendJson("POST", "/api/v1/training/events",
                event(outside, today().minusDays(1), "4", police, academy), true);
        assertThat(academyInvited.status()).isEqualTo(400);
        assertThat(academyInvited.body()).contains("Solo puede invitar a instituciones del programa a su cargo.");
        assertThat(events(outside)).isZero();
        AppClient.Response badDuration = advisor.sendJson("POST", "/api/v1/training/events",
                event(outside, today().minusDays(1), "0", police), true);
        assertThat(badDuration.status()).isEqualTo(400);
        assertThat(badDuration.body()).contains("La duración va de 0.1 a 200 horas");
        assertThat(events(outside)).isZero();

        String topic = "Taller de directivas " + UUID.randomUUID();
        String eventId = id(advisor.sendJson("POST", "/api/v1/training/events",
                event(topic, today().minusDays(2), "3", police), true).body());
        String path = "/api/v1/training/events/" + eventId + "/attendance";
        AppClient.Response tooLong = advisor.sendJson("POST", path,
                "{\"userId\":\"" + user("gerente.policia") + "\",\"hours\":3.5}", true);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Las horas van de 0.1 a 3, la duración del evento.");
        AppClient.Response notInvited = advisor.sendJson("POST", path,
                "{\"agencyId\":\"" + c5 + "\",\"fullName\":\"Ana Poot\",\"hours\":1}", true);
        assertThat(notInvited.status()).isEqualTo(400);
        assertThat(notInvited.body()).contains("La institución no está invitada a este evento.");
        AppClient.Response foreignPerson = advisor.sendJson("POST", path,
                "{\"userId\":\"" + user("gerente.academia") + "\",\"hours\":1}", true);
        assertThat(foreignPerson.status()).isEqualTo(400);
        AppClient.Response noName = advisor.sendJson("POST", path, "{\"agencyId\":\"" + police + "\",\"hours\":1}", true);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("Escriba el nombre de la persona.");
        assertThat(attendance(eventId)).isZero();

        assertThat(advisor.sendJson("POST", path, "{\"userId\":\"" + user("gerente.policia") + "\",\"hours\":3}", true)
                .status()).isEqualTo(201);
        AppClient.Response twice = advisor.sendJson("POST", path,
                "{\"agencyId\":\"" + police + "\",\"fullName\":\" laura méndez ortiz \",\"hours\":2}", true);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(attendance(eventId)).isEqualTo(1);

        String planned = id(advisor.sendJson("POST", "/api/v1/training/events",
                event("Taller futuro " + UUID.randomUUID(), today().plusDays(10), "3", police), true).body());
        AppClient.Response early = advisor.sendJson("POST", "/api/v1/training/events/" + planned + "/attendance",
                "{\"userId\":\"" + user("gerente.policia") + "\",\"hours\":1}", true);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("El evento aún no se realiza.");
        assertThat(attendance(planned)).isZero();
    }

    @Test
    void anEventIsChangedByWhoeverCreatedItOrChangesEverythingNotByAnotherAdvisor() {
        String topic = "Taller de evaluación simulada " + UUID.randomUUID();
        AppClient advisor = client("asesor");
        String eventId = id(advisor.sendJson("POST", "/api/v1/training/events",
                event(topic, today().minusDays(3), "5", police), true).body());
        String renamed = topic + " (segunda parte)";
        AppClient other = client("asesora");
        assertThat(other.sendJson("PUT", "/api/v1/training/events/" + eventId, event(renamed, today(), "5"), true)
                .status()).isEqualTo(403);
        assertThat(advisor.sendJson("PUT", "/api/v1/training/events/" + eventId,
                event(renamed, today().minusDays(3), "5", police, c5), true).status()).isEqualTo(200);
        assertThat(events(renamed)).isEqualTo(1);
        AppClient manager = client("calea.pm");
        assertThat(manager.sendJson("PUT", "/api/v1/training/events/" + eventId,
                event(topic, today().minusDays(3), "5", police, c5), true).status()).isEqualTo(200);
        assertThat(events(topic)).isEqualTo(1);
        assertThat(client("gerente.policia").sendJson("POST", "/api/v1/training/events",
                event("Autoimpartido", today(), "1", police), true).status()).isEqualTo(403);
    }

    @Test
    void theCertificateOfAttendancePrintsThePersonAndTheEventInSpanishAndInEnglish() throws Exception {
        AppClient manager = client("gerente.policia");
        String trained = manager.getJson("/api/v1/agencies/" + police + "/training").body();
        Matcher laura = Pattern.compile("\"topic\":\"Taller de gerentes de acreditación: archivo de pruebas y "
                + "directivas\".*?\"attendanceId\":\"([0-9a-f-]{36})\",\"fullName\":\"Laura Méndez Ortiz\"").matcher(trained);
        assertThat(laura.find()).as(trained).isTrue();
        String path = "/api/v1/training/attendance/" + laura.group(1) + "/certificate";

        AppClient.Response spanish = manager.get(path + "?lang=es");
        assertThat(spanish.status()).isEqualTo(200);
        assertThat(spanish.header("Content-Type")).startsWith("application/pdf");
        assertThat(spanish.header("Content-Disposition")).contains("constancia-CA-");
        String es = text(spanish.bytes());
        assertThat(es).contains("Constancia de asistencia").contains("Laura Méndez Ortiz")
                .contains("Secretaría de Seguridad Ciudadana de Querétaro — demostración")
                .contains("asistió durante 8 horas a").contains("Taller de gerentes de acreditación")
                .contains("Gerentes de acreditación, Personal").contains("Mérida, Yuc. — Centro C5")
                .contains("Miguel Ángel Torres").containsPattern("Constancia núm\\. CA-\\d{4}-\\d{5}");

        String en = text(manager.get(path + "?lang=en").bytes());
        assertThat(en).contains("Certificate of attendance").contains("Laura Méndez Ortiz")
                .contains("attended, for 8 hours, the training event").contains("Accreditation managers, Staff")
                .contains("Workshop").containsPattern("Certificate no\\. CA-\\d{4}-\\d{5}")
                .doesNotContain("Constancia");
        assertThat(manager.get(path + "?lang=fr").status()).isEqualTo(400);
        assertThat(manager.get("/training/attendance/" + laura.group(1) + "/certificate?lang=en").status())
                .isEqualTo(200);
    }

    @Test
    void pagesShowTheProgrammesEventsAndTheAgencysTrainedPeopleInBothLanguages() {
        AppClient manager = client("gerente.policia");
        String agencyPage = manager.get("/agencies/" + police + "/training").body();
        assertThat(agencyPage).contains("Capacitación del personal").contains("Laura Méndez Ortiz")
                .contains("El modelo de acreditación para titulares y gerentes").doesNotContain("Ricardo Canul Pech");
        assertThat(manager.get("/agencies/" + police).body()).contains("/agencies/" + police + "/training");
        assertThat(manager.get("/agencies/" + police + "/training?lang=en").body()).contains("Staff training")
                .contains("PDF in English");
        String events = manager.get("/programmes/" + programme + "/training").body();
        assertThat(events).contains("Taller de gerentes de acreditación").doesNotContain("data-testid=\"event-form\"");
        assertThat(client("asesor").get("/programmes/" + programme + "/training").body())
                .contains("data-testid=\"event-form\"");
    }

    @Test
    void materialsAreAttachedByTheProgrammeManagerAndDownloadedByTheInvitedAgency() {
        UUID workshop = system("select id from training_event where topic like 'El modelo de acreditación%'", UUID.class);
        String detail = client("gerente.c5").getJson("/api/v1/training/events/" + workshop).body();
        assertThat(detail).contains("Agenda del taller de titulares y gerentes.pdf");
        Matcher href = Pattern.compile("\"href\":\"(/api/v1/files/[0-9a-f-]{36}/content)\"").matcher(detail);
        assertThat(href.find()).isTrue();
        assertThat(client("gerente.c5").get(href.group(1)).bytes()).startsWith("%PDF".getBytes());

        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
        String path = "/api/v1/training/events/" + workshop + "/materials";
        assertThat(client("asesor").upload(path, "lecturas.pdf", pdf, false).status()).isEqualTo(403);
        assertThat(client("gerente.policia").upload(path, "lecturas.pdf", pdf, false).status()).isEqualTo(403);
        AppClient.Response attached = client("calea.pm").upload(path, "Lecturas del taller.pdf", pdf, false);
        assertThat(attached.status()).as(attached.body()).isEqualTo(201);
        assertThat(client("gerente.policia").get("/training/events/" + workshop).body())
                .contains("Lecturas del taller.pdf");
    }

    @Test
    void aRefusedPageFormComesBackWithTheMessageBesideItsFieldAndWhatWasTyped() {
        AppClient advisor = client("asesor");
        String topic = "Taller de uso de la fuerza " + UUID.randomUUID();
        String form = "/programmes/" + programme + "/training";
        advisor.get(form);
        AppClient.Response refused = advisor.postForm(form, java.util.Map.of("topic", topic, "format", "WEBINAR",
                "audiences", "STAFF", "heldOn", today().minusDays(1).toString(), "durationHours", "2",
                "trainers", "Sofía Núñez Rivas", "link", "http://reunion.example/x"));
        assertThat(refused.status()).isEqualTo(302);
        String page = advisor.get(form).body();
        assertThat(page).contains("El enlace debe empezar con https:// y no llevar espacios.")
                .contains("data-testid=\"field-error-link\"").contains(topic);
        assertThat(events(topic)).isZero();
        assertThat(advisor.sendJson("POST", "/api/v1/training/events", event(topic, today(), "2", police)
                .replace("WORKSHOP", "CONFERENCIA"), true).status()).isEqualTo(400);
        assertThat(events(topic)).isZero();

        AppClient.Response created = advisor.postForm(form, java.util.Map.of("topic", topic, "format", "WORKSHOP",
                "audiences", "STAFF", "heldOn", today().minusDays(1).toString(), "durationHours", "2",
                "trainers", "Sofía Núñez Rivas", "place", "Querétaro", "invitedAgencyIds", police.toString()));
        assertThat(created.status()).isEqualTo(302);
        String eventPage = created.header("Location");
        assertThat(eventPage).contains("/training/events/");
        String eventId = eventPage.replaceAll(".*/training/events/", "");
        assertThat(advisor.get("/training/events/" + eventId).body()).contains("Evento de capacitación creado.");
        assertThat(advisor.postForm("/training/events/" + eventId + "/attendance", java.util.Map.of("userId", "",
                "agencyId", police.toString(), "fullName", "Suboficial Rosa Olvera", "position", "Instructora",
                "hours", "2")).status()).isEqualTo(302);
        assertThat(advisor.get("/training/events/" + eventId).body()).contains("Suboficial Rosa Olvera")
                .contains("Instructora").contains("Asistencia registrada.");
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\n\\s*", " ");
        }
    }
}
