package org.acredita.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review screen and verdicts through the API and the pages: only standards in scope, only by whom the
 * assignment covers, only while in progress (then read-only), the history of a changed verdict, the team's notes
 * kept from the agency, and the snapshot (not the live file) behind what the review shows.
 */
@AcreditaIntegrationTest
class ReviewTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    UUID c5;
    UUID police;
    UUID assessor;

    @BeforeEach
    void findDemo() {
        c5 = DemoOrganisations.c5(jdbc);
        police = DemoOrganisations.police(jdbc);
        assessor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from app_user where username = 'evaluador'").query(UUID.class).single());
    }

    @Test
    void theDemoReviewsShowRealVerdicts() {
        AppClient reviewer = as("evaluador");
        String current = reviewer.getJson("/api/v1/assessments/" + review(c5, "IN_PROGRESS") + "/standards").body();
        assertThat(current).contains("\"verdict\":{").contains("\"verdict\":\"IN_COMPLIANCE\"")
                .contains("\"verdict\":\"NOT_IN_COMPLIANCE\"").contains("falta la constancia de difusión")
                .contains("\"verdict\":\"NOT_APPLICABLE\"").contains("\"verdict\":null");
        String closed = reviewer.getJson("/api/v1/assessments/" + review(police, "CLOSED") + "/standards").body();
        assertThat(closed).contains("\"verdict\":{").doesNotContain("\"verdict\":null");
        String page = followed(reviewer, "/assessments/" + review(c5, "IN_PROGRESS") + "/review?filter=NOT_IN_COMPLIANCE");
        assertThat(page).contains("Not in compliance").contains("falta la constancia de difusión")
                .contains("data-testid=\"shortcuts\"");
    }

    @Test
    void aVerdictOnAStandardOutsideTheScopeIsRefusedInTheCallersLanguageAndNothingIsStored() {
        String[] agency = agencyReadyForReview("Policía Municipal de Tlaquepaque — revisión");
        String id = planAndStart(agency[0], "{\"mode\":\"SAMPLE\",\"samplePercent\":10,\"sampleSeed\":77}", "[]");
        AppClient reviewer = as("evaluador");
        String scope = reviewer.getJson("/api/v1/assessments/" + id).body();
        String all = reviewer.getJson("/api/v1/accreditation-files/" + agency[1] + "/standards").body();
        Matcher numbers = Pattern.compile("\"number\":\"([^\"]+)\"").matcher(all);
        String outside = null;
        while (numbers.find() && outside == null) {
            if (!scope.contains("\"" + numbers.group(1) + "\":")) {
                outside = numbers.group(1);
            }
        }
        assertThat(outside).isNotNull();
        long before = verdicts();

        AppClient.Response refused = reviewer.sendJson("PUT", "/api/v1/assessments/" + id + "/standards/" + outside
                + "/verdict", "{\"verdict\":\"IN_COMPLIANCE\"}", true);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).as("the assessor reads English").contains("is not in this assessment's scope")
                .contains(outside);
        AppClient.Response spanish = as("admin").sendJson("PUT", "/api/v1/assessments/" + id
                + "/standards/" + outside + "/verdict", "{\"verdict\":\"IN_COMPLIANCE\"}", true);
        assertThat(spanish.status()).isEqualTo(400);
        assertThat(spanish.body()).contains("no está en el alcance");
        AppClient.Response page = as("evaluador").postForm("/assessments/" + id + "/review/" + outside + "/verdict",
                Map.of("verdict", "IN_COMPLIANCE"));
        assertThat(page.status()).isIn(302, 303, 404);
        assertThat(verdicts()).isEqualTo(before);
    }

    @Test
    void aChangedVerdictKeepsItsHistoryAndNotApplicableNeedsItsReason() {
        String[] agency = agencyReadyForReview("Policía Municipal de El Salto — revisión");
        String id = planAndStart(agency[0], "{\"mode\":\"ALL\"}", "[]");
        AppClient reviewer = as("evaluador");
        String number = first(reviewer, id);
        String path = "/api/v1/assessments/" + id + "/standards/" + number + "/verdict";

        AppClient.Response noReason = reviewer.sendJson("PUT", path, "{\"verdict\":\"NOT_APPLICABLE\"}", true);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Write why the standard does not apply");
        assertThat(reviewer.sendJson("PUT", path, "{}", true).status()).isEqualTo(400);
        AppClient.Response first = reviewer.sendJson("PUT", path, "{\"verdict\":\"NOT_IN_COMPLIANCE\","
                + "\"commentToAgency\":\"Falta el acta de difusión\",\"teamNote\":\"Revisar en sitio\"}", true);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"verdict\":\"NOT_IN_COMPLIANCE\"").contains("\"teamNote\":\"Revisar en sitio\"");
        AppClient.Response second = reviewer.sendJson("PUT", path, "{\"verdict\":\"CORRECTED_DURING_ASSESSMENT\","
                + "\"commentToAgency\":\"Entregó el acta durante la revisión\"}", true);
        assertThat(second.status()).isEqualTo(200);
        assertThat(reviewer.sendJson("PUT", path, "{\"verdict\":\"CORRECTED_DURING_ASSESSMENT\","
                + "\"commentToAgency\":\"Entregó el acta durante la revisión\"}", true).status()).isEqualTo(200);

        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from assessment_verdict "
                + "where assessment_id = ? and number = ?").params(UUID.fromString(id), number).query(Long.class)
                .single())).as("the same verdict again changes nothing").isEqualTo(2);
        String page = reviewer.get("/assessments/" + id + "/review/" + number).body();
        assertThat(page).contains("data-testid=\"history\"").contains("Not in compliance")
                .contains("Corrected during the assessment").contains("replaced");
        assertThat(reviewer.getJson("/api/v1/assessments/" + id + "/standards").body())
                .contains("\"verdict\":\"CORRECTED_DURING_ASSESSMENT\"");
        long changes = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from audit_event "
                + "where target_id = ? and action in ('VERDICT_RECORDED', 'VERDICT_CHANGED')").param(id)
                .query(Long.class).single());
        assertThat(changes).isEqualTo(2);
    }

    @Test
    void aTeamMemberDecidesOnlyTheChaptersAssignedAndTheTeamLeaderAll() {
        String[] agency = agencyReadyForReview("Policía Municipal de Zapotlanejo — capítulos");
        AppClient reviewer = as("evaluador");
        String standards = as("admin").getJson("/api/v1/accreditation-files/" + agency[1] + "/standards").body();
        Matcher chapter = Pattern.compile("\"number\":\"(\\d+)\\.[^\"]*\"").matcher(standards);
        assertThat(chapter.find()).isTrue();
        String firstChapter = chapter.group(1);
        String id = planAndStart(agency[0], "{\"mode\":\"ALL\"}", "[" + firstChapter + "]");
        String other = null;
        Matcher numbers = Pattern.compile("\"number\":\"((\\d+)\\.[^\"]*)\"").matcher(standards);
        while (numbers.find() && other == null) {
            if (!numbers.group(2).equals(firstChapter)) {
                other = numbers.group(1);
            }
        }
        assertThat(other).isNotNull();
        AppClient.Response refused = reviewer.sendJson("PUT", "/api/v1/assessments/" + id + "/standards/" + other
                + "/verdict", "{\"verdict\":\"IN_COMPLIANCE\"}", true);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("chapter not assigned to you");
        assertThat(as("calea.pm").sendJson("PUT", "/api/v1/assessments/" + id + "/standards/" + other
                + "/verdict", "{\"verdict\":\"IN_COMPLIANCE\"}", true).status()).isEqualTo(200);
        String mine = followed(reviewer, "/assessments/" + id + "/review?filter=MINE");
        assertThat(mine).contains("data-testid=\"my-progress\"");
    }

    @Test
    void afterTheReportIsReleasedTheReviewIsReadOnlyForTheRecord() {
        String[] agency = agencyReadyForReview("Policía Municipal de Juanacatlán — publicada");
        String id = planAndStart(agency[0], "{\"mode\":\"ALL\"}", "[]");
        AppClient reviewer = as("evaluador");
        String number = first(reviewer, id);
        String path = "/api/v1/assessments/" + id + "/standards/" + number + "/verdict";
        assertThat(reviewer.sendJson("PUT", path, "{\"verdict\":\"IN_COMPLIANCE\"}", true).status()).isEqualTo(200);
        for (String status : new String[] {"FINDINGS_TO_AGENCY", "REPORT_DRAFTING"}) {
            assertThat(reviewer.sendJson("POST", "/api/v1/assessments/" + id + "/status",
                    "{\"status\":\"" + status + "\"}", true).status()).as(status).isEqualTo(200);
        }
        reviewer.postForm("/assessments/" + id + "/report/narrative", Map.of("strengthsEs", "Expediente ordenado.",
                "recommendationsEs", "Fechar las pruebas anuales."));
        assertThat(reviewer.postForm("/assessments/" + id + "/report/release", Map.of()).status()).isEqualTo(302);
        assertThat(reviewer.getJson("/api/v1/assessments/" + id).body()).contains("\"status\":\"REPORT_RELEASED\"");
        long before = verdicts();
        AppClient.Response refused = reviewer.sendJson("PUT", path, "{\"verdict\":\"NOT_IN_COMPLIANCE\"}", true);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("stay as recorded");
        AppClient.Response form = reviewer.postForm("/assessments/" + id + "/review/" + number + "/verdict",
                Map.of("verdict", "NOT_IN_COMPLIANCE"));
        assertThat(form.status()).isIn(302, 303);
        assertThat(verdicts()).isEqualTo(before);
        String page = reviewer.get("/assessments/" + id + "/review/" + number).body();
        assertThat(page).contains("data-testid=\"read-only\"").contains("disabled").contains("In compliance");
    }

    @Test
    void theReviewShowsTheSnapshotNotTheLiveFileAndServesTheFrozenProofByItsHash() {
        String[] agency = agencyReadyForReview("Policía Municipal de Ixtlahuacán — instantánea");
        AppClient manager = AppClient.signedIn(port, NewAccounts.create(users, UUID.fromString(agency[0]),
                Role.ACCREDITATION_MANAGER), NewAccounts.PASSWORD);
        manager.get("/profile");
        String number = as("admin").getJson("/api/v1/accreditation-files/" + agency[1] + "/standards").body()
                .replaceFirst("(?s)^.*?\"number\":\"([^\"]+)\".*", "$1");
        String proofs = "/api/v1/accreditation-files/" + agency[1] + "/standards/" + number + "/proofs";
        AppClient.Response uploaded = manager.upload(proofs, "acta-original.pdf", PDF, false,
                Map.of("documentDate", "2026-02-01", "cycleYear", "1", "title", "Acta original"));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String proofId = uploaded.body().replaceFirst("(?s)^.*?\"id\":\"([^\"]+)\".*", "$1");
        String id = planAndStart(agency[0], "{\"mode\":\"ALL\"}", "[]");
        AppClient reviewer = as("evaluador");
        String frozen = reviewer.get("/assessments/" + id + "/review/" + number).body();
        assertThat(frozen).contains("Acta original").contains("data-testid=\"proof-hash\"");

        assertThat(manager.sendJson("DELETE", proofs + "/" + proofId, "", true).status()).isEqualTo(204);
        assertThat(manager.sendJson("POST", proofs, "{\"kind\":\"NOTE\",\"title\":\"Acta posterior\",\"note\":\"x\","
                + "\"cycleYear\":1,\"documentDate\":\"2026-02-02\"}", true).status()).isEqualTo(201);

        String later = reviewer.get("/assessments/" + id + "/review/" + number).body();
        assertThat(later).contains("Acta original").doesNotContain("Acta posterior");
        AppClient.Response content = reviewer.get("/assessments/" + id + "/review/" + number + "/proofs/0");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.bytes()).isEqualTo(PDF);
        assertThat(content.header("Content-Security-Policy")).contains("sandbox");
        assertThat(reviewer.get("/assessments/" + id + "/review/" + number + "/proofs/1").status()).isEqualTo(404);
    }

    @Test
    void theReviewPageWorksWithoutScriptInBothLanguagesAndDocumentsItsShortcuts() {
        String[] agency = agencyReadyForReview("Policía Municipal de Acatlán — página");
        String id = planAndStart(agency[0], "{\"mode\":\"ALL\"}", "[]");
        AppClient reviewer = as("evaluador");
        String number = first(reviewer, id);
        AppClient.Response posted = reviewer.postForm("/assessments/" + id + "/review/" + number + "/verdict",
                Map.of("verdict", "NOT_APPLICABLE", "reason", "", "filter", "UNDECIDED"));
        assertThat(posted.status()).isIn(302, 303);
        String refused = followed(reviewer, "/assessments/" + id + "/review/" + number + "?filter=UNDECIDED");
        assertThat(refused).contains("Write why the standard does not apply").contains("is-invalid");
        AppClient.Response saved = reviewer.postForm("/assessments/" + id + "/review/" + number + "/verdict",
                Map.of("verdict", "IN_COMPLIANCE", "commentToAgency", "Completo", "then", "next", "filter", "ALL"));
        assertThat(saved.header("Location")).doesNotContain("/review/" + number + "?");
        String english = reviewer.language("en").get("/assessments/" + id + "/review/" + number + "?both=true").body();
        assertThat(english).contains("Keyboard shortcuts").contains("Verdict on the standard").contains("In compliance")
                .contains("data-testid=\"statement-other\"").doesNotContain("IN_COMPLIANCE<")
                .contains("aria-keyshortcuts=\"1\"");
        assertThat(reviewer.get("/assessments/" + id + "/review/" + number + "?lang=es").body())
                .contains("Atajos de teclado").contains("Dictamen de la norma").contains("Ver también en inglés");
        assertThat(reviewer.get("/assessments/" + id).body()).contains("data-testid=\"open-review\"");
    }

    /** The page a redirect leads to. */
    private static String followed(AppClient client, String path) {
        AppClient.Response response = client.get(path);
        assertThat(response.status()).as(path).isIn(200, 302, 303);
        return response.status() == 200 ? response.body()
                : client.get(java.net.URI.create(response.header("Location")).getRawPath() + "?"
                        + java.net.URI.create(response.header("Location")).getRawQuery()).body();
    }

    private long verdicts() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from assessment_verdict")
                .query(Long.class).single());
    }

    private String review(UUID agency, String status) {
        return as("calea.pm").getJson("/api/v1/assessments").body().replaceFirst("(?s).*\"id\":\"([^\"]+)\","
                + "\"agencyId\":\"" + agency + "\",\"kind\":\"REMOTE_FILE_REVIEW\",\"status\":\"" + status + "\".*", "$1");
    }

    private static String first(AppClient client, String id) {
        return client.getJson("/api/v1/assessments/" + id + "/standards").body()
                .replaceFirst("(?s)^\\[\\{\"number\":\"([^\"]+)\".*", "$1");
    }

    /** Signed in, with a page read so the session's CSRF token is known for API writes. */
    private AppClient as(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    private String planAndStart(String agency, String scope, String chapters) {
        AppClient pm = as("calea.pm");
        AppClient.Response planned = pm.sendJson("POST", "/api/v1/agencies/" + agency + "/assessments",
                "{\"kind\":\"REMOTE_FILE_REVIEW\",\"window\":{\"start\":\"2026-11-01\",\"end\":\"2027-01-20\"},"
                        + "\"scope\":" + scope + ",\"team\":[{\"userId\":\"" + assessor + "\",\"role\":\"ASSESSOR\","
                        + "\"chapters\":" + chapters + "}]}", true);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String id = id(planned.body());
        assertThat(pm.sendJson("POST", "/api/v1/assessments/" + id + "/status", "{\"status\":\"IN_PROGRESS\"}", true)
                .status()).isEqualTo(200);
        return id;
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }

    /** A new agency ready for review with its file. Returns agency and file ids. */
    private String[] agencyReadyForReview(String name) {
        return AgenciesUnderReview.create(as("admin"), name, true);
    }
}
