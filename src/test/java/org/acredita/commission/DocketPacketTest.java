package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.NewAccounts;
import org.acredita.support.SiteBasedAssessments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The docket packet: one PDF per docket item in Spanish and English with the agency, the compliance figures, the
 * findings with the agency's corrective actions as they stand now, its response, the public comment and the released
 * report; read by the commissioners on the item's panel and the body's programme managers, not found for a
 * commissioner on another panel or the agency itself.
 */
@AcreditaIntegrationTest
class DocketPacketTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void thePanelAndTheProgrammeManagerReadThePacketInBothLanguagesAndNoOneElseFindsIt() throws IOException {
        String agency = new HeardAgencies(port, jdbc, users).readyForReview("Policía de Zapotlanejo — expediente");
        String manager = NewAccounts.create(users, UUID.fromString(agency), Role.ACCREDITATION_MANAGER);
        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        String assessment = releasedWithFindings(pm, agency, manager);
        UUID commissioner = SiteBasedAssessments.userId(jdbc, "comisionado");
        HeardToday heard = HeardToday.docketed(pm, agency, commissioner);
        String api = heard.api() + "/packet";

        String spanish = pdfText(pm.get(api + "?lang=es"));
        assertThat(spanish).contains("Expediente para el panel", "Policía de Zapotlanejo", "Acreditación inicial",
                "Cifras de cumplimiento", "No cumple", "Hallazgos y acciones correctivas", "Falta el registro de custodia",
                "Capacitar al personal de guardia", "Respuesta de la agencia",
                "2 hallazgos: 1 con acción correctiva", "Comentarios del público", "Informe de evaluación");
        AppClient panel = SiteBasedAssessments.signed(port, "comisionado");
        String english = pdfText(panel.get(api + "?lang=en"));
        assertThat(english).contains("Docket packet", "Policía de Zapotlanejo", "Compliance figures", "Not in compliance",
                "Findings and corrective actions", "Falta el registro de custodia", "Capacitar al personal de guardia",
                "The agency's response", "2 findings: 1 answered with a corrective action", "Public comment");
        assertThat(pdfText(panel.get(heard.page() + "/packet?lang=en"))).contains("Docket packet");
        assertThat(pdfText(panel.get(heard.page() + "/packet"))).as("in the reader's language")
                .contains("Policía de Zapotlanejo");
        assertThat(panel.get(heard.page()).body()).contains(heard.page() + "/packet?lang=es",
                heard.page() + "/packet?lang=en");
        assertThat(pm.get(api + "?lang=fr").status()).isEqualTo(400);

        String otherCommissioner = NewAccounts.create(users, accreditor(), Role.COMMISSIONER);
        for (AppClient outsider : new AppClient[] {SiteBasedAssessments.signedNew(port, otherCommissioner),
                SiteBasedAssessments.signedNew(port, manager), SiteBasedAssessments.signed(port, "gerente.policia")}) {
            assertThat(outsider.get(api + "?lang=es").status()).isEqualTo(404);
            assertThat(outsider.get(heard.page() + "/packet?lang=es").status()).isEqualTo(404);
        }
        assertThat(SiteBasedAssessments.signedNew(port, manager).getJson("/api/v1/assessments/" + assessment
                + "/findings").status()).as("the agency still reads its own findings").isEqualTo(200);
        assertThat(new AppClient(port).getJson("/v3/api-docs").body())
                .contains("/api/v1/commission/meetings/{id}/docket/{itemId}/packet");
    }

    /** A site-based assessment with two findings, one answered by the agency, whose report is released. */
    private String releasedWithFindings(AppClient pm, String agency, String manager) {
        assertThat(pm.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"REMOTE_FILE_REVIEW\"}",
                true).status()).isEqualTo(200);
        String leader = NewAccounts.create(users, accreditor(), Role.TEAM_LEADER);
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        AppClient.Response planned = pm.sendJson("POST", "/api/v1/agencies/" + agency + "/assessments",
                "{\"kind\":\"SITE_BASED_ASSESSMENT\",\"window\":{\"start\":\"" + today.minusDays(20) + "\",\"end\":\""
                        + today.minusDays(1) + "\"},\"scope\":{\"mode\":\"ALL\"},\"team\":[{\"userId\":\""
                        + SiteBasedAssessments.userId(jdbc, leader) + "\",\"role\":\"TEAM_LEADER\"}]}", true);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String assessment = SiteBasedAssessments.id(planned.body());
        move(pm, assessment, "IN_PROGRESS");
        List<String> numbers = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select number from assessment_scope_standard where assessment_id = ? order by number limit 2")
                .param(UUID.fromString(assessment)).query(String.class).list());
        for (String number : numbers) {
            AppClient.Response verdict = pm.sendJson("PUT", "/api/v1/assessments/" + assessment + "/standards/"
                    + number + "/verdict", "{\"verdict\":\"NOT_IN_COMPLIANCE\",\"commentToAgency\":"
                    + "\"Falta el registro de custodia\"}", true);
            assertThat(verdict.status()).as(verdict.body()).isEqualTo(200);
        }
        move(pm, assessment, "FINDINGS_TO_AGENCY");
        AppClient agencyManager = SiteBasedAssessments.signedNew(port, manager);
        String finding = SiteBasedAssessments.id(agencyManager.getJson("/api/v1/assessments/" + assessment
                + "/findings").body());
        AppClient.Response action = agencyManager.sendJson("POST", "/api/v1/assessments/" + assessment + "/findings/"
                + finding + "/corrective-actions", "{\"actions\":\"Capacitar al personal de guardia\",\"ownerId\":\""
                + SiteBasedAssessments.userId(jdbc, manager) + "\",\"dueDate\":\"" + today.plusDays(30) + "\"}", true);
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        move(pm, assessment, "REPORT_DRAFTING");
        assertThat(pm.postForm("/assessments/" + assessment + "/report/narrative", Map.of("strengthsEs",
                "Supervisión constante.", "recommendationsEs", "Llevar el registro de custodia.")).status()).isEqualTo(302);
        assertThat(pm.postForm("/assessments/" + assessment + "/report/release", Map.of()).status()).isEqualTo(302);
        return assessment;
    }

    private static void move(AppClient pm, String assessment, String status) {
        AppClient.Response moved = pm.sendJson("POST", "/api/v1/assessments/" + assessment + "/status",
                "{\"status\":\"" + status + "\"}", true);
        assertThat(moved.status()).as(status + " " + moved.body()).isEqualTo(200);
    }

    private static String pdfText(AppClient.Response pdf) throws IOException {
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (var document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\n\\s*", " ");
        }
    }

    private UUID accreditor() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select organisation_id from app_user where username = 'calea.pm'").query(UUID.class).single());
    }
}
