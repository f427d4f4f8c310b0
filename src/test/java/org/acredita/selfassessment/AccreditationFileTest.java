package org.acredita.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accreditation files: opening on entering self-assessment, applicability, the workflow by role, isolation. */
@AcreditaIntegrationTest
class AccreditationFileTest {

    private static final String PROFILE = """
            {"kind":"LAW_ENFORCEMENT","level":"MUNICIPAL","stateCode":"14","swornPersonnel":180,"civilianPersonnel":30,
             "populationServed":250000,"functions":["TRAFFIC"],"chiefExecutive":"Cmdte. Prueba"}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private UserLanguages languages;

    private UserLanguages languages() {
        if (languages == null) {
            languages = new UserLanguages(port, jdbc);
        }
        return languages;
    }

    private AppClient client(String username) {
        return languages().client(username);
    }

    /** Signed in and reading in this language whatever the user saved; given back after the test. */
    private AppClient in(String language, String username) {
        return languages().in(language, username);
    }

    @AfterEach
    void giveLanguagesBack() {
        languages().giveBack();
    }

    private <T> T system(java.util.function.Supplier<T> query) {
        return CurrentScope.runAs(AccessScope.SYSTEM, query);
    }

    private UUID userId(String username) {
        return system(() -> jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class)
                .single());
    }

    private String policeFile() {
        return DemoOrganisations.policeFile(jdbc);
    }

    /** The first standard of the file in that status without a pending request, by the API's list. */
    private static String firstIn(AppClient client, String file, String status) {
        String list = client.getJson("/api/v1/accreditation-files/" + file + "/standards").body();
        Matcher matcher = Pattern.compile("\\{\"number\":\"([0-9.]+)\",\"title\":\"[^\"]*\",\"level\":\"[A-Z]+\","
                + "\"status\":\"" + status + "\"[^}]*\"request\":null").matcher(list);
        assertThat(matcher.find()).as(list).isTrue();
        return matcher.group(1);
    }

    private static AppClient.Response act(AppClient client, String file, String number, String json) {
        return client.sendJson("POST", "/api/v1/accreditation-files/" + file + "/standards/" + number + "/status",
                json, true);
    }

    private long audited(String targetId) {
        return system(() -> jdbc.sql("select count(*) from audit_event where target_id = ?").param(targetId)
                .query(Long.class).single());
    }

    @Test
    void enteringSelfAssessmentOpensAFileOfTheApplicableStandardsWithTheirReasons() {
        AppClient admin = in("es-MX", "admin");
        String agency = admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"Policía Municipal de Tlaquepaque — expediente\",\"stateCode\":\"14\"}",
                true).body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", PROFILE, true).status())
                .isEqualTo(200);
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        for (String phase : new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT"}) {
            assertThat(admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\",\"agreementDate\":\"2026-01-15\"}", true).status()).isEqualTo(200);
        }
        assertThat(admin.getJson("/api/v1/agencies/" + agency + "/accreditation-files").body()).isEqualTo("[]");
        assertThat(admin.get("/agencies/" + agency + "/accreditation").body()).contains("data-testid=\"no-file\"");

        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"SELF_ASSESSMENT\"}", true);
        String files = admin.getJson("/api/v1/agencies/" + agency + "/accreditation-files").body();
        assertThat(files).contains("\"programme\":\"LAW_ENFORCEMENT\"").contains("\"tier\":");
        String file = files.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(system(() -> jdbc.sql("""
                select id::text from manual_edition where programme = 'LAW_ENFORCEMENT' and status = 'PUBLISHED'
                  and effective_date = (select max(effective_date) from manual_edition
                                        where programme = 'LAW_ENFORCEMENT' and status = 'PUBLISHED')
                """).query(String.class).list())).contains(files.replaceAll(".*\"manualId\":\"([^\"]+)\".*", "$1"));
        assertThat(audited(file)).isEqualTo(1);
        assertThat(admin.sendJson("POST", "/api/v1/agencies/" + agency + "/accreditation-files", "{}", true).body())
                .contains("ya tiene expediente");

        // Other tests may publish newer editions; pin to the illustrative one to know what applies.
        String manual = system(() -> jdbc.sql("select id from manual_edition where code = 'POL-ILUSTRATIVO' and version = '2026'")
                .query(String.class).single());
        AppClient body = client("calea.pm");
        assertThat(body.sendJson("PUT", "/api/v1/accreditation-files/" + file, "{\"manualId\":\"" + manual
                + "\",\"tier\":\"BASIC\"}", true).body()).contains("\"tier\":\"BASIC\"");
        String standards = admin.getJson("/api/v1/accreditation-files/" + file + "/standards").body();
        assertThat(standards).contains("\"number\":\"5.2.1\"").doesNotContain("\"number\":\"7.2.1\"")
                .doesNotContain("\"number\":\"5.2.2\"")
                .contains("La institución realiza la función TRAFFIC.")
                .contains("Forma parte del nivel BASIC que busca la institución.")
                .contains("\"status\":\"NOT_STARTED\"")
                .contains("\"proofCounts\":{\"1\":0,\"2\":0,\"3\":0,\"4\":0}");

        AppClient.Response repinned = body.sendJson("PUT", "/api/v1/accreditation-files/" + file,
                "{\"manualId\":\"" + manual + "\",\"tier\":\"ADVANCED\"}", true);
        assertThat(repinned.status()).as(repinned.body()).isEqualTo(200);
        assertThat(body.getJson("/api/v1/accreditation-files/" + file + "/standards").body())
                .contains("\"number\":\"5.2.2\"").doesNotContain("\"number\":\"7.2.1\"");
        body.sendJson("POST", "/api/v1/accreditation-files/" + file + "/standards/5.2.2/comments",
                "{\"body\":\"Empezamos por tránsito.\"}", true);
        assertThat(admin.sendJson("PUT", "/api/v1/accreditation-files/" + file,
                "{\"manualId\":\"" + manual + "\",\"tier\":\"BASIC\"}", true).body())
                .contains("Ya se trabajó en el expediente");
    }

    @Test
    void staffWorkAStandardAndReviewersApproveOrReturnItWithAComment() {
        String file = policeFile();
        AppClient staff = in("es-MX", "personal.policia");
        AppClient advisor = in("es-MX", "asesor");
        String number = firstIn(staff, file, "NOT_STARTED");

        assertThat(act(staff, file, number, "{\"action\":\"START\"}").body()).contains("\"status\":\"IN_PROGRESS\"");
        assertThat(act(staff, file, number, "{\"action\":\"APPROVE\"}").status()).isEqualTo(403);
        assertThat(act(advisor, file, number, "{\"action\":\"APPROVE\"}").body())
                .contains("no admite esa acción en su estado actual");
        assertThat(act(staff, file, number, "{\"action\":\"SUBMIT\"}").body())
                .contains("\"status\":\"READY_FOR_REVIEW\"");
        AppClient.Response noComment = act(advisor, file, number, "{\"action\":\"RETURN\"}");
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.body()).contains("explique qué falta");
        assertThat(act(advisor, file, number, "{\"action\":\"RETURN\",\"note\":\"Falta el inciso b\"}").body())
                .contains("\"status\":\"RETURNED\"");
        act(staff, file, number, "{\"action\":\"SUBMIT\"}");
        assertThat(act(client("evaluador"), file, number, "{\"action\":\"APPROVE\"}").body())
                .contains("\"status\":\"IN_COMPLIANCE\"");
        assertThat(act(client("financiador"), file, number, "{\"action\":\"RETURN\",\"note\":\"x\"}").status())
                .isEqualTo(403);

        String detail = staff.getJson("/api/v1/accreditation-files/" + file + "/standards/" + number).body();
        assertThat(detail).contains("\"action\":\"APPROVE\"").contains("\"note\":\"Falta el inciso b\"")
                .contains("\"from\":\"NOT_STARTED\",\"to\":\"IN_PROGRESS\"").contains("\"actor\":\"");
        // Other tests and the demo may have planned this standard before; the moves are what this test made.
        assertThat(detail.split("\"action\":\"(START|SUBMIT|RETURN|APPROVE)\"").length - 1).as(detail).isEqualTo(5);
        assertThat(system(() -> jdbc.sql("select count(*) from audit_event where target_id = ? and action in "
                + "('FILE_STANDARD_START', 'FILE_STANDARD_SUBMIT', 'FILE_STANDARD_RETURN', 'FILE_STANDARD_APPROVE')")
                .param(file + "/" + number).query(Long.class).single())).isEqualTo(5);
        String page = staff.get("/accreditation-files/" + file + "/standards/" + number).body();
        assertThat(page).contains("En cumplimiento").contains("Falta el inciso b").contains("data-testid=\"reason\"")
                .contains("data-testid=\"standard-text\"");
    }

    @Test
    void notApplicableNeedsAJustificationThatTheAccreditationBodyDecides() {
        String file = policeFile();
        AppClient manager = in("es-MX", "gerente.policia");
        String number = firstIn(manager, file, "NOT_STARTED");
        assertThat(act(manager, file, number, "{\"action\":\"REQUEST_NOT_APPLICABLE\"}").body())
                .contains("Justifique por qué la norma no aplica");
        assertThat(act(manager, file, number, "{\"action\":\"REQUEST_NOT_APPLICABLE\",\"note\":\"Sin esa función\"}")
                .body()).contains("\"request\":\"NOT_APPLICABLE\"").contains("\"status\":\"NOT_STARTED\"");
        assertThat(act(client("asesor"), file, number, "{\"action\":\"ACCEPT_REQUEST\"}").status()).isEqualTo(403);
        assertThat(act(client("calea.pm"), file, number, "{\"action\":\"ACCEPT_REQUEST\"}").body())
                .contains("\"status\":\"NOT_APPLICABLE\"").contains("\"request\":null");

        String waiver = firstIn(manager, file, "NOT_STARTED");
        assertThat(act(manager, file, waiver, "{\"action\":\"REQUEST_WAIVER\",\"note\":\"Equipo nuevo en 2027\"}")
                .body()).contains("de 1 a 48 meses");
        String documents = "/api/v1/accreditation-files/" + file + "/standards/" + waiver + "/waiver-documents";
        byte[] letter = "Oficio de asignación de recursos".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(manager.upload(documents, "oficio.txt", letter, false).body())
                .contains("Solo se agregan documentos a una dispensa solicitada u otorgada");
        act(manager, file, waiver, "{\"action\":\"REQUEST_WAIVER\",\"note\":\"Equipo nuevo en 2027\",\"months\":6}");
        AppClient.Response uploaded = manager.upload(documents, "oficio.txt", letter, false);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        String download = uploaded.body().replaceAll(".*\"download\":\"([^\"]+)\".*", "$1");
        assertThat(manager.get(download).body()).isEqualTo("Oficio de asignación de recursos");
        assertThat(client("gerente.c5").get(download).status()).isEqualTo(404);
        assertThat(client("gerente.c5").upload(documents, "x.txt", letter, false).status()).isEqualTo(404);
        assertThat(client("financiador").upload(documents, "x.txt", letter, false).status()).isEqualTo(403);
        assertThat(manager.get("/accreditation-files/" + file + "/standards/" + waiver).body())
                .contains("href=\"" + download + "\"").contains("Documentos de la dispensa");
        assertThat(act(client("admin"), file, waiver, "{\"action\":\"ACCEPT_REQUEST\"}").body())
                .contains("\"status\":\"WAIVED\"").contains("\"waivedUntil\":\"");
    }

    @Test
    void managerAssignsAChapterAndOnlyPlannersChangeAssigneeAndDueDate() {
        String file = policeFile();
        AppClient manager = in("es-MX", "gerente.policia");
        UUID staffId = userId("personal.policia");
        AppClient.Response assigned = manager.sendJson("POST", "/api/v1/accreditation-files/" + file
                + "/chapters/3/assignment", "{\"assignee\":\"" + staffId + "\",\"dueDate\":\"2027-03-31\"}", true);
        assertThat(assigned.body()).matches("\\{\"assigned\":[1-9][0-9]*}");
        String list = manager.getJson("/api/v1/accreditation-files/" + file + "/standards").body();
        assertThat(list).containsPattern("\"number\":\"3\\.1\\.1\"[^}]*\"assignee\":\"" + staffId
                + "\"[^}]*\"dueDate\":\"2027-03-31\"");
        assertThat(manager.sendJson("POST", "/api/v1/accreditation-files/" + file + "/chapters/3/assignment",
                "{\"assignee\":\"" + userId("gerente.c5") + "\"}", true).body())
                .contains("debe pertenecer a la institución");

        AppClient staff = client("personal.policia");
        String plan = "/api/v1/accreditation-files/" + file + "/standards/3.1.1/plan";
        assertThat(staff.sendJson("PUT", plan, "{\"assignee\":\"" + userId("gerente.policia")
                + "\",\"dueDate\":\"2027-03-31\",\"notes\":\"x\"}", true).status()).isEqualTo(403);
        assertThat(staff.sendJson("PUT", plan, "{\"assignee\":\"" + staffId
                + "\",\"dueDate\":\"2027-03-31\",\"notes\":\"Pedir el acta a Recursos Humanos\"}", true).status())
                .isEqualTo(200);
        assertThat(staff.getJson("/api/v1/accreditation-files/" + file + "/standards/3.1.1").body())
                .contains("\"notes\":\"Pedir el acta a Recursos Humanos\"").contains("\"action\":\"ASSIGNED\"");
        assertThat(audited(file)).isGreaterThanOrEqualTo(1);

        String page = manager.get("/agencies/" + DemoOrganisations.police(jdbc) + "/accreditation?chapter=3&assignee="
                + staffId).body();
        assertThat(page).contains("data-testid=\"standard-3.1.1\"").doesNotContain("data-testid=\"standard-1.1.1\"")
                .contains("data-testid=\"bulk-assign\"");
    }

    @Test
    void commentsThreadBetweenTheAgencyAndItsAdvisors() {
        String file = policeFile();
        String comments = "/api/v1/accreditation-files/" + file + "/standards/1.1.1/comments";
        assertThat(client("gerente.policia").sendJson("POST", comments, "{\"body\":\"¿Basta la misión publicada?\"}",
                true).status()).isEqualTo(201);
        assertThat(client("asesora").sendJson("POST", comments, "{\"body\":\"Sí, con su fecha de aprobación.\"}", true)
                .status()).isEqualTo(201);
        assertThat(in("es-MX", "asesor").sendJson("POST", comments, "{\"body\":\"  \"}", true).body())
                .contains("Escriba el comentario");
        assertThat(client("financiador").sendJson("POST", comments, "{\"body\":\"Hola\"}", true).status())
                .isEqualTo(403);
        String detail = client("personal.policia").getJson("/api/v1/accreditation-files/" + file + "/standards/1.1.1")
                .body();
        assertThat(detail.indexOf("¿Basta la misión publicada?")).isPositive()
                .isLessThan(detail.indexOf("Sí, con su fecha de aprobación."));
    }

    @Test
    void anotherAgencysUserFindsNothingAndTheFunderOnlyReads() {
        UUID police = DemoOrganisations.police(jdbc);
        String file = policeFile();
        String base = "/api/v1/accreditation-files/" + file;
        AppClient other = client("gerente.c5");
        assertThat(other.getJson("/api/v1/agencies/" + police + "/accreditation-files").status()).isEqualTo(404);
        assertThat(other.sendJson("POST", "/api/v1/agencies/" + police + "/accreditation-files", "{}", true).status())
                .isEqualTo(404);
        assertThat(other.sendJson("PUT", base, "{\"tier\":\"BASIC\"}", true).status()).isEqualTo(404);
        assertThat(other.getJson(base + "/standards").status()).isEqualTo(404);
        assertThat(other.getJson(base + "/standards/1.1.1").status()).isEqualTo(404);
        assertThat(act(other, file, "1.1.1", "{\"action\":\"START\"}").status()).isEqualTo(404);
        assertThat(other.sendJson("PUT", base + "/standards/1.1.1/plan", "{}", true).status()).isEqualTo(404);
        assertThat(other.sendJson("POST", base + "/chapters/1/assignment", "{}", true).status()).isEqualTo(404);
        assertThat(other.sendJson("POST", base + "/standards/1.1.1/comments", "{\"body\":\"x\"}", true).status())
                .isEqualTo(404);
        assertThat(other.get("/agencies/" + police + "/accreditation").status()).isEqualTo(404);
        assertThat(other.get("/accreditation-files/" + file + "/standards/1.1.1").status()).isEqualTo(404);
        assertThat(other.postForm("/accreditation-files/" + file + "/standards/1.1.1/comments", Map.of("body", "x"))
                .status()).isEqualTo(404);

        AppClient funder = client("financiador");
        assertThat(funder.getJson(base + "/standards").status()).isEqualTo(200);
        assertThat(funder.get("/agencies/" + police + "/accreditation").body()).doesNotContain("bulk-assign");
        assertThat(funder.sendJson("POST", "/api/v1/agencies/" + police + "/accreditation-files", "{}", true).status())
                .isEqualTo(403);
        assertThat(funder.sendJson("PUT", base, "{\"tier\":\"BASIC\"}", true).status()).isEqualTo(403);
        assertThat(act(funder, file, "1.1.1", "{\"action\":\"START\"}").status()).isEqualTo(403);
        assertThat(funder.sendJson("PUT", base + "/standards/1.1.1/plan", "{}", true).status()).isEqualTo(403);
        assertThat(funder.sendJson("POST", base + "/chapters/1/assignment", "{}", true).status()).isEqualTo(403);
    }

    @Test
    void demoPoliceFileShowsRealProgressInBothLanguages() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = in("es-MX", "gerente.policia");
        assertThat(manager.get("/agencies/" + police).body()).contains("data-testid=\"accreditation-link\"");
        String page = manager.get("/agencies/" + police + "/accreditation").body();
        assertThat(page).contains("Expediente de acreditación").contains("En cumplimiento").contains("Devuelta")
                .contains("Lista para revisión").contains("data-testid=\"overdue\"").contains("No aplica")
                .contains("data-testid=\"progress-slot\"");
        assertThat(manager.get("/agencies/" + police + "/accreditation?status=OVERDUE").body())
                .contains("data-testid=\"overdue\"").doesNotContain("Dispensa");
        manager.postForm("/language", Map.of("lang", "en", "redirect", "/"));
        assertThat(manager.get("/agencies/" + police + "/accreditation").body()).contains("Accreditation file")
                .contains("In compliance");
        assertThat(manager.get("/accreditation-files/" + policeFile() + "/readiness/progress").body())
                .contains("Compliance by chapter").contains("not counted");
        String returned = firstIn(manager, policeFile(), "RETURNED");
        assertThat(manager.get("/accreditation-files/" + policeFile() + "/standards/" + returned).body())
                .contains("@asesor").contains("returned the standard").contains("Why it applies");
    }
}
