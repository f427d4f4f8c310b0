package org.acredita.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The assessment report: drafts only for the team and programme staff, release freezes a version that never
 * changes, the agency, commissioners and funders read released versions in Spanish and English, as HTML and PDF.
 */
@AcreditaIntegrationTest
class AssessmentReportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void theDemoPoliceReviewHasAReleasedReportThatFundersAndCommissionersReadInBothLanguages() throws IOException {
        String review = policeRemoteReview();
        for (String reader : new String[] {"financiador", "comisionado", "gerente.policia", "asesor"}) {
            AppClient.Response pdf = as(reader).get("/api/v1/assessments/" + review + "/report?format=pdf&lang=es");
            assertThat(pdf.status()).as(reader).isEqualTo(200);
            assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        }
        String spanish = text(as("financiador").get("/api/v1/assessments/" + review + "/report?format=pdf&lang=es"));
        assertThat(spanish).contains("Querétaro", "Revisión remota del expediente", "Resultados por capítulo",
                "Fortalezas", "Directivas claras");
        String english = text(as("financiador").get("/api/v1/assessments/" + review + "/report?format=pdf&lang=en"));
        assertThat(english).contains("Querétaro", "Remote file review", "Results by chapter", "Strengths",
                "Clear directives");

        String html = as("comisionado").get("/api/v1/assessments/" + review + "/report?format=html&lang=en").body();
        String hash = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select snapshot_hash from assessment where id = ?").param(UUID.fromString(review))
                .query(String.class).single());
        assertThat(html).contains(hash).contains("Version 1, released on");
        assertThat(as("comisionado").get("/assessments/" + review + "/report").body()).contains(hash)
                .contains("data-testid=\"pdf-en\"");
    }

    @Test
    void onlyTheTeamReadsADraftAndAReleasedVersionNeverChanges() throws IOException {
        AppClient admin = as("admin");
        String[] agency = AgenciesUnderReview.create(admin, "Policía de Tlaquepaque — informe", true);
        AppClient pm = as("calea.pm");
        UUID assessor = userId("evaluador");
        String id = AgenciesUnderReview.id(pm.sendJson("POST", "/api/v1/agencies/" + agency[0] + "/assessments",
                "{\"kind\":\"REMOTE_FILE_REVIEW\",\"window\":{\"start\":\"2026-03-01\",\"end\":\"2026-03-20\"},"
                        + "\"scope\":{\"mode\":\"ALL\"},\"team\":[{\"userId\":\"" + assessor
                        + "\",\"role\":\"ASSESSOR\"}]}", true).body());
        AppClient reviewer = as("evaluador");
        move(reviewer, id, "IN_PROGRESS");
        String standards = reviewer.getJson("/api/v1/assessments/" + id + "/standards").body();
        String number = standards.replaceFirst("(?s)^\\[\\{\"number\":\"([^\"]+)\".*", "$1");
        assertThat(reviewer.sendJson("PUT", "/api/v1/assessments/" + id + "/standards/" + number + "/verdict",
                "{\"verdict\":\"NOT_IN_COMPLIANCE\",\"commentToAgency\":\"Falta la firma del titular en la directiva\"}",
                true).status()).isEqualTo(200);
        AppClient manager = AppClient.signedIn(port, NewAccounts.create(users, UUID.fromString(agency[0]),
                Role.ACCREDITATION_MANAGER), NewAccounts.PASSWORD);
        manager.get("/profile");

        assertThat(submit(reviewer, "/assessments/" + id + "/report/narrative", Map.of("strengthsEs", "Buenas")))
                .contains("The report is written after the findings are sent to the agency.");
        assertThat(count(id)).as("no draft before the findings go to the agency").isZero();
        move(reviewer, id, "FINDINGS_TO_AGENCY");
        submit(reviewer, "/assessments/" + id + "/report/narrative", Map.of("strengthsEs",
                "Supervisión constante y directivas firmadas.", "recommendationsEs", ""));
        assertThat(count(id)).isEqualTo(1);
        assertThat(manager.get("/api/v1/assessments/" + id + "/report?format=html").status()).isEqualTo(404);
        assertThat(manager.get("/assessments/" + id + "/report").status()).isEqualTo(404);
        assertThat(as("comisionado").get("/api/v1/assessments/" + id + "/report").status()).isEqualTo(404);
        assertThat(reviewer.get("/api/v1/assessments/" + id + "/report?format=html").body())
                .contains("Borrador de la versión 1");

        submit(reviewer, "/assessments/" + id + "/report/release", Map.of());
        assertThat(released(id)).as("not while the findings are with the agency").isZero();
        move(reviewer, id, "REPORT_DRAFTING");
        AppClient.Response byStatus = reviewer.sendJson("POST", "/api/v1/assessments/" + id + "/status",
                "{\"status\":\"REPORT_RELEASED\"}", true);
        assertThat(byStatus.status()).isEqualTo(400);
        assertThat(byStatus.body()).contains("The report is released from its page");
        assertThat(submit(reviewer, "/assessments/" + id + "/report/release", Map.of()))
                .contains("Write the strengths and the recommendations");
        assertThat(released(id)).as("recommendations missing").isZero();

        submit(reviewer, "/assessments/" + id + "/report/narrative", Map.of("strengthsEs",
                "Supervisión constante y directivas firmadas.", "recommendationsEn", "Date every annual proof."));
        submit(reviewer, "/assessments/" + id + "/report/release", Map.of());
        assertThat(released(id)).isEqualTo(1);
        assertThat(reviewer.getJson("/api/v1/assessments/" + id).body()).contains("\"status\":\"REPORT_RELEASED\"");
        String v1 = manager.get("/api/v1/assessments/" + id + "/report?format=html&lang=es").body();
        assertThat(v1).contains("Versión 1, publicada el").contains("Supervisión constante")
                .contains("No redactado en español; se muestra el texto en inglés.").contains("Date every annual proof.");
        assertThat(manager.get("/api/v1/assessments/" + id + "/report?format=html&lang=en").body())
                .contains("Not written in English; the Spanish text is shown.");
        for (String lang : new String[] {"es", "en"}) {
            AppClient.Response printed = manager.get("/api/v1/assessments/" + id + "/report?format=pdf&lang=" + lang);
            keepForLooking(printed.bytes(), "report-with-finding-" + lang + ".pdf");
            String pdf = text(printed);
            assertThat(pdf).as(lang).contains("Policía de Tlaquepaque", number,
                    "Falta la firma");
        }

        assertThatThrownBy(() -> CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "update assessment_report set strengths_es = 'cambiado' where assessment_id = ?")
                .param(UUID.fromString(id)).update())).rootCause().hasMessageContaining("never changes");

        submit(reviewer, "/assessments/" + id + "/report/narrative", Map.of("strengthsEs", "Versión corregida.",
                "recommendationsEs", "Fechar cada prueba anual."));
        assertThat(count(id)).isEqualTo(2);
        assertThat(manager.get("/api/v1/assessments/" + id + "/report?format=html").body())
                .as("the agency still reads v1").contains("Versión 1, publicada el").doesNotContain("Versión corregida");
        assertThat(manager.get("/api/v1/assessments/" + id + "/report?version=2").status()).isEqualTo(404);
        assertThat(reviewer.get("/api/v1/assessments/" + id + "/report?format=html&version=2").body())
                .contains("Versión corregida.");
        assertThat(manager.get("/api/v1/assessments/" + id + "/report?format=doc").status()).isEqualTo(400);
    }

    @Test
    void anotherAgencyAnAssessorNotOnTheTeamAndAnotherFunderFindNoReport() {
        String review = policeRemoteReview();
        assertThat(as("gerente.c5").get("/api/v1/assessments/" + review + "/report").status()).isEqualTo(404);
        assertThat(as("gerente.c5").get("/assessments/" + review + "/report").status()).isEqualTo(404);
        assertThat(new AppClient(port).get("/api/v1/assessments/" + review + "/report").status()).isIn(401, 404);
        String outsider = NewAccounts.create(users, DemoOrganisations.id(jdbc, "Organismo Acreditador"), Role.ASSESSOR);
        AppClient other = AppClient.signedIn(port, outsider, NewAccounts.PASSWORD);
        other.get("/profile");
        assertThat(other.get("/api/v1/assessments/" + review + "/report").status()).isEqualTo(404);
        assertThat(other.postForm("/assessments/" + review + "/report/narrative", Map.of("strengthsEs", "x"))
                .status()).isEqualTo(404);
        String otherFunder = AgenciesUnderReview.id(as("admin").sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"FUNDER\",\"name\":\"Fundación que no financia a la policía\"}", true).body());
        AppClient funder = AppClient.signedIn(port, NewAccounts.create(users, UUID.fromString(otherFunder),
                Role.FUNDER_OFFICER), NewAccounts.PASSWORD);
        funder.get("/profile");
        assertThat(funder.get("/api/v1/assessments/" + review + "/report").status())
                .as("a funder reads only its own programmes' reports").isEqualTo(404);
    }

    private String policeRemoteReview() {
        UUID police = DemoOrganisations.police(jdbc);
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select id from assessment where agency_id = ? and kind = 'REMOTE_FILE_REVIEW'
                order by created_at limit 1""").param(police).query(UUID.class).single()).toString();
    }

    /** Posts a form and reads the page it leads to, as a browser does (the flash message is shown there). */
    private static String submit(AppClient client, String path, Map<String, String> fields) {
        AppClient.Response posted = client.postForm(path, fields);
        assertThat(posted.status()).as(path).isEqualTo(302);
        return client.get(java.net.URI.create(posted.header("Location")).getPath()).body();
    }

    private void move(AppClient client, String id, String status) {
        assertThat(client.sendJson("POST", "/api/v1/assessments/" + id + "/status", "{\"status\":\"" + status + "\"}",
                true).status()).as(status).isEqualTo(200);
    }

    private long count(String id) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from assessment_report where assessment_id = ?").param(UUID.fromString(id))
                .query(Long.class).single());
    }

    private long released(String id) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from assessment_report where assessment_id = ? and released_at is not null")
                .param(UUID.fromString(id)).query(Long.class).single());
    }

    private UUID userId(String username) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select id from app_user where username = ?")
                .param(username).query(UUID.class).single());
    }

    private AppClient as(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    /** Kept beside the screenshots, for people to open and look at. */
    private static void keepForLooking(byte[] pdf, String name) throws IOException {
        java.nio.file.Path folder = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.write(folder.resolve(name), pdf);
    }

    private static String text(AppClient.Response pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ");
        }
    }
}
