package org.acredita.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff of one agency cannot read, list or change anything of another, through pages, the API or a
 * file download; the foreign resource answers 404. A funder reads everything and changes nothing.
 */
@AcreditaIntegrationTest
class AgencyIsolationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    UUID police;
    UUID c5;
    UUID academy;

    @BeforeEach
    void findAgencies() {
        police = DemoOrganisations.police(jdbc);
        c5 = DemoOrganisations.c5(jdbc);
        academy = DemoOrganisations.academy(jdbc);
    }

    @Test
    void staffSeeTheirOwnAgencyButNotAnotherOnPages() {
        AppClient staff = AppClient.signedIn(port, "personal.policia");
        assertThat(staff.get("/organisations/" + police).status()).isEqualTo(200);

        AppClient.Response foreign = staff.get("/organisations/" + c5);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).contains("No encontramos lo que busca").doesNotContain("Mérida");
    }

    @Test
    void anotherAgencyIsMissingFromListsAndAnswersNotFoundInTheApi() {
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        String list = manager.getJson("/api/v1/organisations").body();
        assertThat(list).contains(police.toString()).doesNotContain(c5.toString()).doesNotContain(academy.toString());
        // The names, not "C5" alone: the page's random CSRF token holds those two characters now and then.
        assertThat(manager.get("/organisations").body()).doesNotContain("Centro C5").doesNotContain("Academia");

        AppClient.Response foreign = manager.getJson("/api/v1/organisations/" + c5);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
        assertThat(foreign.body()).doesNotContain("Mérida");
        assertThat(manager.getJson("/api/v1/organisations/" + c5 + "/documents").status()).isEqualTo(404);
    }

    @Test
    void staffCannotChangeAnotherAgency() {
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        manager.get("/organisations/" + police);

        AppClient.Response rename = manager.postForm("/organisations/" + c5,
                Map.of("name", "Tomado", "stateCode", "31", "timeZone", "America/Merida"));
        assertThat(rename.status()).isEqualTo(404);
        assertThat(manager.upload("/organisations/" + c5 + "/documents", "x.pdf", PDF, true).status()).isEqualTo(404);
        assertThat(manager.upload("/api/v1/organisations/" + c5 + "/documents", "x.pdf", PDF, false).status())
                .isEqualTo(404);
        String name = AppClient.signedIn(port, "admin").getJson("/api/v1/organisations/" + c5).body();
        assertThat(name).contains("Centro C5 de Mérida").doesNotContain("Tomado");
    }

    @Test
    void anotherAgencysFileCannotBeDownloaded() {
        AppClient c5Manager = AppClient.signedIn(port, "gerente.c5");
        c5Manager.get("/organisations/" + c5);
        AppClient.Response uploaded = c5Manager.upload("/api/v1/organisations/" + c5 + "/documents",
                "convenio-c5.pdf", PDF, false);
        assertThat(uploaded.status()).isEqualTo(201);
        String fileId = uploaded.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(c5Manager.get("/files/" + fileId).bytes()).isEqualTo(PDF);

        AppClient policeStaff = AppClient.signedIn(port, "personal.policia");
        assertThat(policeStaff.get("/files/" + fileId).status()).isEqualTo(404);
        assertThat(policeStaff.getJson("/api/v1/files/" + fileId + "/content").status()).isEqualTo(404);
        assertThat(policeStaff.get("/files/" + fileId).body()).doesNotContain("convenio-c5");
    }

    @Test
    void anotherAgencysDocumentCannotBeRemoved() {
        AppClient c5Manager = AppClient.signedIn(port, "gerente.c5");
        c5Manager.get("/organisations/" + c5);
        String created = c5Manager.upload("/api/v1/organisations/" + c5 + "/documents", "acta.pdf", PDF, false).body();
        String fileId = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        AppClient policeManager = AppClient.signedIn(port, "gerente.policia");
        policeManager.get("/organisations/" + police);
        assertThat(policeManager.postForm("/organisations/" + c5 + "/documents/" + fileId + "/remove", Map.of()).status())
                .isEqualTo(404);
        assertThat(policeManager.postForm("/organisations/" + police + "/documents/" + fileId + "/remove", Map.of())
                .status()).isEqualTo(404);
        assertThat(c5Manager.get("/files/" + fileId).status()).isEqualTo(200);
    }

    @Test
    void anotherAgencysAuditEventsStayHidden() {
        AppClient policeManager = AppClient.signedIn(port, "gerente.policia");
        assertThat(policeManager.getJson("/api/v1/audit/events?agencyId=" + c5).status()).isEqualTo(404);
        String own = policeManager.getJson("/api/v1/audit/events?size=100").body();
        assertThat(own).doesNotContain(c5.toString()).doesNotContain(academy.toString());
    }

    @Test
    void agencyPeopleCannotUseAdministration() {
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        assertThat(manager.get("/admin/users").status()).isEqualTo(403);
        assertThat(manager.get("/admin/organisations/new").status()).isEqualTo(403);
        manager.get("/profile");
        assertThat(manager.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"Institución intrusa\"}", true).status()).isEqualTo(403);
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() {
        AppClient owner = AppClient.signedIn(port, "gerente.c5");
        owner.get("/profile");
        owner.sendJson("POST", "/api/v1/me/tokens", "{\"name\":\"integración C5\",\"expiresInDays\":10}", true);
        String id = owner.getJson("/api/v1/me/tokens").body().replaceAll("(?s).*?\"id\":\"([^\"]+)\",\"name\":\"integración C5\".*", "$1");
        AppClient other = AppClient.signedIn(port, "gerente.policia");
        other.get("/profile");
        assertThat(other.sendJson("DELETE", "/api/v1/me/tokens/" + id, "", true).status()).isEqualTo(404);
        assertThat(owner.getJson("/api/v1/me/tokens").body()).contains("\"revokedAt\":null");
    }

    @Test
    void advisorReachesOnlyAssignedAgencies() {
        AppClient advisor = AppClient.signedIn(port, "asesor");
        String list = advisor.getJson("/api/v1/organisations").body();
        assertThat(list).contains(police.toString()).contains(c5.toString()).doesNotContain(academy.toString());
        assertThat(advisor.getJson("/api/v1/organisations/" + academy).status()).isEqualTo(404);
    }

    @Test
    void funderReadsEveryAgencyButChangesNothing() {
        AppClient funder = AppClient.signedIn(port, "financiador");
        assertThat(funder.getJson("/api/v1/organisations").body())
                .contains(police.toString()).contains(c5.toString()).contains(academy.toString());
        assertThat(funder.get("/organisations/" + academy).status()).isEqualTo(200);

        AppClient.Response rename = funder.postForm("/organisations/" + academy,
                Map.of("name", "Cambiado por el financiador", "stateCode", "08", "timeZone", "America/Chihuahua"));
        assertThat(rename.status()).isEqualTo(403);
        assertThat(funder.upload("/api/v1/organisations/" + academy + "/documents", "x.pdf", PDF, false).status())
                .isEqualTo(403);
        assertThat(funder.get("/organisations/" + academy).body()).doesNotContain("Cambiado por el financiador")
                .doesNotContain("type=\"file\"");
    }

    @Test
    void anotherAgencysFindingsAndCorrectiveActionsAnswerNotFound() {
        AppClient own = AppClient.signedIn(port, "gerente.policia");
        String list = AppClient.signedIn(port, "calea.pm").getJson("/api/v1/assessments").body();
        // The demo police's findings are on its site-based assessment.
        String review = list.replaceFirst("(?s).*\"id\":\"([^\"]+)\",\"agencyId\":\"" + police
                + "\",\"kind\":\"SITE_BASED_ASSESSMENT\".*", "$1");
        String findings = own.getJson("/api/v1/assessments/" + review + "/findings").body();
        String finding = findings.replaceFirst("(?s)^\\[\\{\"id\":\"([^\"]+)\".*", "$1");
        assertThat(finding).hasSize(36);
        AppClient other = AppClient.signedIn(port, "gerente.c5");
        other.get("/profile");
        String base = "/api/v1/assessments/" + review + "/findings";
        assertThat(other.getJson(base).status()).isEqualTo(404);
        assertThat(other.getJson(base + "/" + finding).status()).isEqualTo(404);
        assertThat(other.sendJson("POST", base + "/" + finding + "/corrective-actions",
                "{\"actions\":\"x\"}", true).status()).isEqualTo(404);
        assertThat(other.get("/assessments/" + review + "/findings").status()).isEqualTo(404);
        assertThat(other.get("/assessments/" + review + "/findings/" + finding).status()).isEqualTo(404);
        assertThat(other.postForm("/assessments/" + review + "/findings/" + finding + "/corrective-actions",
                Map.of("actions", "x")).status()).isEqualTo(404);
    }

    @Test
    void theRosterReachesOnlyTheAgencysManagersChiefExecutiveAndAdvisors() {
        String api = "/api/v1/agencies/" + police + "/personnel";
        String page = "/agencies/" + police + "/personnel";
        String person = "{\"employeeNumber\":\"X-1\",\"name\":\"Intruso\",\"rank\":\"Policía\","
                + "\"unit\":\"Asuntos Internos\"}";
        byte[] roster = "numero_empleado,nombre,grado,unidad\r\nX-1,Intruso,Policía,Asuntos Internos\r\n"
                .getBytes(StandardCharsets.UTF_8);
        AppClient chief = AppClient.signedIn(port, "titular.policia");
        assertThat(chief.getJson(api).body()).contains("QRO-01001");
        assertThat(chief.get(page).status()).isEqualTo(200);

        AppClient foreign = AppClient.signedIn(port, "gerente.c5");
        foreign.get("/profile");
        assertThat(foreign.getJson(api).status()).isEqualTo(404);
        assertThat(foreign.getJson(api + "/lists").status()).isEqualTo(404);
        assertThat(foreign.get(page).status()).isEqualTo(404);
        assertThat(foreign.sendJson("POST", api, person, true).status()).isEqualTo(404);
        assertThat(foreign.upload(api + "/imports", "padron.csv", roster, false).status()).isEqualTo(404);

        for (String reader : new String[] {"financiador", "personal.policia", "calea.pm", "admin"}) {
            AppClient other = AppClient.signedIn(port, reader);
            other.get("/profile");
            AppClient.Response list = other.getJson(api);
            assertThat(list.status()).as(reader).isEqualTo(403);
            assertThat(list.body()).doesNotContain("QRO-01001");
            assertThat(other.get(page).status()).as(reader).isEqualTo(403);
            assertThat(other.sendJson("POST", api, person, true).status()).as(reader).isEqualTo(403);
            assertThat(other.upload(api + "/imports?preview=true", "padron.csv", roster, false).status()).as(reader)
                    .isEqualTo(403);
        }

        AppClient anonymous = new AppClient(port);
        assertThat(anonymous.getJson(api).status()).isIn(401, 403);
        assertThat(anonymous.getJson(api).body()).doesNotContain("QRO-01001");
        assertThat(anonymous.get(page).status()).isEqualTo(302);
        Long funderRows = org.acredita.access.CurrentScope.runAs(new org.acredita.access.AccessScope(UUID.randomUUID(),
                "financiador", null, java.util.Set.of(org.acredita.access.Role.FUNDER_OFFICER),
                org.acredita.access.Reach.ALL, org.acredita.access.Reach.NONE), () -> jdbc.sql(
                "select count(*) from personnel_member").query(Long.class).single());
        assertThat(funderRows).as("row-level security hides the roster from those who only read").isZero();
    }

    @Test
    void acknowledgementsReachOnlyTheAgencysManagersChiefExecutiveAndAdvisorsAndAForeignOrUnknownLinkIsNotFound() {
        UUID distribution = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from distribution where agency_id = ? order by created_at limit 1").param(police)
                .query(UUID.class).single());
        String api = "/api/v1/agencies/" + police + "/distributions";
        String page = "/agencies/" + police + "/distributions/" + distribution;
        AppClient chief = AppClient.signedIn(port, "titular.policia");
        assertThat(chief.getJson(api + "/" + distribution).status()).isEqualTo(200);
        assertThat(chief.get(page + "/export.xlsx").status()).isEqualTo(200);

        AppClient foreign = AppClient.signedIn(port, "gerente.c5");
        foreign.get("/profile");
        assertThat(foreign.getJson(api).status()).isEqualTo(404);
        assertThat(foreign.getJson(api + "/" + distribution).status()).isEqualTo(404);
        assertThat(foreign.getJson(api + "/" + distribution + "/pending").status()).isEqualTo(404);
        assertThat(foreign.get(page).status()).isEqualTo(404);
        assertThat(foreign.get(page + "/export.xlsx").status()).isEqualTo(404);
        assertThat(foreign.postForm(page + "/slips", Map.of()).status()).isEqualTo(404);
        assertThat(foreign.sendJson("POST", api, "{\"dueOn\":\"2099-01-01\",\"employeeNumbers\":[\"QRO-01001\"]}",
                true).status()).isEqualTo(404);
        // The same distribution under the foreign agency's own address is not found either.
        assertThat(foreign.getJson("/api/v1/agencies/" + c5 + "/distributions/" + distribution).status())
                .isEqualTo(404);

        for (String reader : new String[] {"financiador", "personal.policia", "calea.pm", "admin"}) {
            AppClient other = AppClient.signedIn(port, reader);
            other.get("/profile");
            AppClient.Response progress = other.getJson(api + "/" + distribution);
            assertThat(progress.status()).as(reader).isEqualTo(403);
            assertThat(progress.body()).doesNotContain("QRO-0");
            assertThat(other.get(page).status()).as(reader).isEqualTo(403);
            assertThat(other.get(page + "/export.xlsx").status()).as(reader).isEqualTo(403);
            assertThat(other.postForm(page + "/slips", Map.of()).status()).as(reader).isEqualTo(403);
        }

        AppClient anonymous = new AppClient(port);
        assertThat(anonymous.getJson(api + "/" + distribution).status()).isIn(401, 403);
        assertThat(anonymous.get(page).status()).isEqualTo(302);
        String unknown = "A".repeat(43);
        assertThat(anonymous.get("/acknowledgements/" + unknown).status()).isEqualTo(404);
        assertThat(anonymous.sendJson("POST", "/api/v1/acknowledgements/" + unknown, "{}", false).status())
                .isEqualTo(404);
        assertThat(anonymous.sendJson("POST", "/api/v1/acknowledgements/not-a-token", "{}", false).status())
                .isEqualTo(404);
        Long funderRows = CurrentScope.runAs(new AccessScope(UUID.randomUUID(), "financiador", null,
                java.util.Set.of(org.acredita.access.Role.FUNDER_OFFICER), org.acredita.access.Reach.ALL,
                org.acredita.access.Reach.NONE), () -> jdbc.sql("select (select count(*) from distribution) "
                + "+ (select count(*) from distribution_recipient) + (select count(*) from distribution_document)")
                .query(Long.class).single());
        assertThat(funderRows).as("row-level security hides acknowledgements from those who only read").isZero();
    }

    @Test
    void anotherAgencysSuggestedMappingsAnswerNotFoundOnEveryEndpoint() {
        UUID[] section = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select d.id, s.id from directive d join directive_version v on v.directive_id = d.id
                join directive_section s on s.version_id = v.id
                where d.agency_id = ? and d.code = 'OG-6.2' and s.number = '1'""").param(police)
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).single());
        String api = "/api/v1/agencies/" + police + "/directives/" + section[0] + "/sections/" + section[1]
                + "/suggestions";
        String page = "/agencies/" + police + "/directives/" + section[0] + "/sections/" + section[1] + "/suggestions";
        AppClient other = AppClient.signedIn(port, "gerente.c5");
        other.get("/profile");
        assertThat(other.getJson(api).status()).isEqualTo(404);
        assertThat(other.sendJson("POST", api + "/acceptance", "{\"standardNumber\":\"6.2.1\"}", true).status())
                .isEqualTo(404);
        assertThat(other.sendJson("POST", api + "/rejection", "{\"standardNumber\":\"6.2.1\"}", true).status())
                .isEqualTo(404);
        assertThat(other.get(page).status()).isEqualTo(404);
        assertThat(other.postForm(page + "/acceptance", Map.of("standard", "6.2.1")).status()).isEqualTo(404);
        assertThat(other.postForm(page + "/rejection", Map.of("standard", "6.2.1")).status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/agencies/" + c5 + "/directives/" + section[0] + "/sections/" + section[1]
                + "/suggestions").status()).as("the section through the caller's own agency").isEqualTo(404);
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from mapping_suggestion_decision where section_id = ?").param(section[1])
                .query(Long.class).single())).isZero();
    }

    @Test
    void anotherAgencysTrainingAttendanceAnswersNotFoundAndTheFunderReadsTheProgrammesTrainingWithoutChangingIt() {
        UUID workshop = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from training_event where topic like 'Taller de gerentes de acreditación%'")
                .query(UUID.class).single());
        UUID laura = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from training_attendance where event_id = ? and full_name = 'Laura Méndez Ortiz'")
                .param(workshop).query(UUID.class).single());
        AppClient own = AppClient.signedIn(port, "gerente.policia");
        assertThat(own.getJson("/api/v1/agencies/" + police + "/training").body()).contains(laura.toString());

        AppClient other = AppClient.signedIn(port, "gerente.c5");
        other.get("/profile");
        assertThat(other.getJson("/api/v1/agencies/" + police + "/training").status()).isEqualTo(404);
        assertThat(other.get("/agencies/" + police + "/training").status()).isEqualTo(404);
        assertThat(other.getJson("/api/v1/training/attendance/" + laura + "/certificate").status()).isEqualTo(404);
        assertThat(other.get("/training/attendance/" + laura + "/certificate").status()).isEqualTo(404);
        String event = other.getJson("/api/v1/training/events/" + workshop).body();
        assertThat(event).contains("Ricardo Canul Pech").doesNotContain("Laura Méndez Ortiz")
                .doesNotContain(police.toString());
        assertThat(other.get("/training/events/" + workshop).body()).contains("Ricardo Canul Pech")
                .doesNotContain("Laura Méndez Ortiz").doesNotContain("Querétaro — demostración");
        assertThat(other.sendJson("DELETE", "/api/v1/training/events/" + workshop + "/attendance/" + laura, "", true)
                .status()).isEqualTo(404);
        assertThat(other.sendJson("POST", "/api/v1/training/events/" + workshop + "/attendance", "{\"agencyId\":\""
                + police + "\",\"fullName\":\"Intruso\",\"hours\":1}", true).status()).isIn(403, 404);

        AppClient funder = AppClient.signedIn(port, "financiador");
        funder.get("/profile");
        assertThat(funder.getJson("/api/v1/training/events").body()).contains(workshop.toString())
                .contains("\"attendees\":4");
        assertThat(funder.getJson("/api/v1/agencies/" + police + "/training").status()).isEqualTo(200);
        assertThat(funder.sendJson("POST", "/api/v1/training/events/" + workshop + "/attendance", "{\"agencyId\":\""
                + police + "\",\"fullName\":\"Visitante\",\"hours\":1}", true).status()).isEqualTo(403);
        assertThat(funder.sendJson("PUT", "/api/v1/training/events/" + workshop, "{}", true).status()).isEqualTo(403);
        assertThat(funder.get("/training/events/" + workshop).body()).doesNotContain("data-testid=\"attendance-form\"")
                .doesNotContain("data-testid=\"event-form\"");
        Long seenByC5 = CurrentScope.runAs(new AccessScope(UUID.randomUUID(), "c5", c5,
                java.util.Set.of(org.acredita.access.Role.AGENCY_STAFF), org.acredita.access.Reach.of(java.util.Set.of(c5)),
                org.acredita.access.Reach.of(java.util.Set.of(c5))), () -> jdbc.sql(
                "select count(*) from training_attendance where agency_id = ?").param(police).query(Long.class).single());
        assertThat(seenByC5).as("row-level security hides another agency's attendance").isZero();
    }
}
