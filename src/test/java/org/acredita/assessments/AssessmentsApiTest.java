package org.acredita.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Assessments through the API and pages: planning, starting (the lifecycle moves, the snapshot freezes and
 * never changes), refusals that write nothing, and who sees what (404 for everyone who may not).
 */
@AcreditaIntegrationTest
class AssessmentsApiTest {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern HASH = Pattern.compile("\"snapshotHash\":\"([0-9a-f]{64})\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    UUID police;
    UUID c5;
    UUID assessor;

    @BeforeEach
    void findDemo() {
        police = DemoOrganisations.police(jdbc);
        c5 = DemoOrganisations.c5(jdbc);
        assessor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from app_user where username = 'evaluador'").query(UUID.class).single());
    }

    @Test
    void demoC5IsInARemoteFileReviewWithTheAssessorAndThePoliceReviewIsClosed() {
        String list = as("evaluador").getJson("/api/v1/assessments").body();
        assertThat(list).contains("\"agencyId\":\"" + c5 + "\",\"kind\":\"REMOTE_FILE_REVIEW\",\"status\":\"IN_PROGRESS\"")
                .contains("\"agencyId\":\"" + police + "\",\"kind\":\"REMOTE_FILE_REVIEW\",\"status\":\"CLOSED\"");
        assertThat(HASH.matcher(list).find()).isTrue();
        String c5Phase = as("calea.pm").getJson("/api/v1/agencies/" + c5 + "/enrolments").body();
        assertThat(c5Phase).contains("\"phase\":\"REMOTE_FILE_REVIEW\"");
    }

    @Test
    void startingFreezesTheSnapshotAndLaterEditsOfTheLiveFileNeverChangeIt() {
        AppClient admin = as("admin");
        String[] agency = agencyReadyForReview(admin, "Policía Municipal de Zapopan — evaluación", true);
        AppClient pm = as("calea.pm");
        AppClient.Response planned = pm.sendJson("POST", "/api/v1/agencies/" + agency[0] + "/assessments",
                plan("REMOTE_FILE_REVIEW", "{\"mode\":\"ALL\"}", assessor, "ASSESSOR"), true);
        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.body()).contains("\"status\":\"PLANNED\"").contains("\"snapshotHash\":null");
        String id = id(planned.body());

        AppClient reviewer = as("evaluador");
        AppClient.Response started = reviewer.sendJson("POST", "/api/v1/assessments/" + id + "/status",
                "{\"status\":\"IN_PROGRESS\"}", true);
        assertThat(started.status()).isEqualTo(200);
        Matcher hash = HASH.matcher(started.body());
        assertThat(hash.find()).isTrue();
        assertThat(admin.getJson("/api/v1/agencies/" + agency[0] + "/enrolments").body())
                .contains("\"phase\":\"REMOTE_FILE_REVIEW\"");
        String frozen = reviewer.getJson("/api/v1/assessments/" + id + "/standards").body();
        String number = frozen.replaceFirst("(?s)^\\[\\{\"number\":\"([^\"]+)\".*", "$1");
        assertThat(frozen).contains("\"status\":\"NOT_STARTED\"").contains("\"proofs\":[]");

        AppClient manager = AppClient.signedIn(port, NewAccounts.create(users, UUID.fromString(agency[0]),
                Role.ACCREDITATION_MANAGER), NewAccounts.PASSWORD);
        manager.get("/profile");
        assertThat(manager.sendJson("POST", "/api/v1/accreditation-files/" + agency[1] + "/standards/" + number
                + "/proofs", "{\"kind\":\"NOTE\",\"title\":\"Acta posterior\",\"note\":\"Agregada después\","
                + "\"cycleYear\":1,\"documentDate\":\"2026-02-01\"}", true).status()).isEqualTo(201);
        assertThat(manager.sendJson("POST", "/api/v1/accreditation-files/" + agency[1] + "/standards/" + number
                + "/status", "{\"action\":\"START\"}", true).status()).isEqualTo(200);

        assertThat(reviewer.getJson("/api/v1/assessments/" + id + "/standards").body()).isEqualTo(frozen)
                .doesNotContain("Acta posterior");
        assertThat(reviewer.getJson("/api/v1/assessments/" + id).body()).contains(hash.group(1));
        assertThat(reviewer.get("/assessments/" + id).body()).contains(hash.group(1))
                .contains("data-testid=\"snapshot-hash\"").contains("matches its hash");
        assertThatThrownBy(() -> CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "update assessment_snapshot_standard set status = 'IN_COMPLIANCE' where assessment_id = ?")
                .param(UUID.fromString(id)).update())).rootCause().hasMessageContaining("never change");
        assertThatThrownBy(() -> CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "delete from assessment_scope_standard where assessment_id = ?").param(UUID.fromString(id)).update()))
                .rootCause().hasMessageContaining("never change");
    }

    @Test
    void aRefusedLifecycleStepRefusesTheStartAndWritesNothing() {
        AppClient admin = as("admin");
        String[] agency = agencyReadyForReview(admin, "Policía Municipal de Tonalá — evaluación", false);
        AppClient pm = as("calea.pm");
        String id = id(pm.sendJson("POST", "/api/v1/agencies/" + agency[0] + "/assessments",
                plan("REMOTE_FILE_REVIEW", "{\"mode\":\"ALL\"}", assessor, "ASSESSOR"), true).body());
        long events = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from audit_event")
                .query(Long.class).single());

        AppClient.Response refused = admin.sendJson("POST", "/api/v1/assessments/" + id + "/status",
                "{\"status\":\"IN_PROGRESS\"}", true);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("no permite iniciar esta evaluación");
        assertThat(pm.getJson("/api/v1/assessments/" + id).body()).contains("\"status\":\"PLANNED\"")
                .contains("\"snapshotHash\":null");
        assertThat(pm.getJson("/api/v1/assessments/" + id + "/standards").body()).isEqualTo("[]");
        assertThat(admin.getJson("/api/v1/agencies/" + agency[0] + "/enrolments").body())
                .contains("\"phase\":\"SELF_ASSESSMENT\"");
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from audit_event")
                .query(Long.class).single())).isEqualTo(events);
    }

    @Test
    void aSampleIsReproducibleFromItsRecordedSeed() {
        AppClient admin = as("admin");
        String[] agency = agencyReadyForReview(admin, "Policía Municipal de Tlajomulco — muestra", true);
        AppClient pm = as("calea.pm");
        String sample = "{\"mode\":\"SAMPLE\",\"samplePercent\":10,\"sampleSeed\":424242}";
        String first = pm.sendJson("POST", "/api/v1/agencies/" + agency[0] + "/assessments",
                plan("REMOTE_FILE_REVIEW", sample, assessor, "ASSESSOR"), true).body();
        String second = pm.sendJson("POST", "/api/v1/agencies/" + agency[0] + "/assessments",
                plan("REMOTE_FILE_REVIEW", sample, assessor, "ASSESSOR"), true).body();
        String scope = first.replaceFirst("(?s).*\"standards\":(\\{[^}]*\\}).*", "$1");
        assertThat(scope).contains("SAMPLED").isEqualTo(second.replaceFirst("(?s).*\"standards\":(\\{[^}]*\\}).*", "$1"));
        assertThat(first).contains("\"sampleSeed\":424242").contains("\"samplePercent\":10");
        String all = admin.getJson("/api/v1/accreditation-files/" + agency[1] + "/standards").body();
        assertThat(scope.split("\":\"").length).isLessThan(all.split("\"number\"").length);
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsStored() {
        AppClient pm = as("admin");
        long before = count();
        AppClient.Response backwards = pm.sendJson("POST", "/api/v1/agencies/" + c5 + "/assessments",
                "{\"kind\":\"REMOTE_FILE_REVIEW\",\"window\":{\"start\":\"2026-05-10\",\"end\":\"2026-05-01\"},"
                        + "\"team\":[{\"userId\":\"" + assessor + "\",\"role\":\"ASSESSOR\"}]}", true);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("no puede ser anterior");
        AppClient.Response unknown = pm.sendJson("POST", "/api/v1/agencies/" + c5 + "/assessments",
                plan("REMOTE_FILE_REVIEW", "{\"mode\":\"PICKED\",\"standards\":[\"99.99.99\"]}", assessor, "ASSESSOR"),
                true);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("99.99.99");
        AppClient.Response noLeader = pm.sendJson("POST", "/api/v1/agencies/" + c5 + "/assessments",
                plan("SITE_BASED_ASSESSMENT", "{\"mode\":\"ALL\"}", assessor, "ASSESSOR"), true);
        assertThat(noLeader.status()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);

        AppClient.Response form = pm.postForm("/agencies/" + c5 + "/assessments", java.util.Map.of(
                "kind", "REMOTE_FILE_REVIEW", "windowStart", "2026-05-10", "windowEnd", "2026-05-01"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"windowEnd-error\"").contains("no puede ser anterior")
                .contains("value=\"2026-05-10\"");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyProgrammeStaffTheTeamAndTheAgencySeeAnAssessment() {
        AppClient pm = as("calea.pm");
        String review = pm.getJson("/api/v1/assessments").body().replaceFirst(
                "(?s).*\"id\":\"([^\"]+)\",\"agencyId\":\"" + c5 + "\".*", "$1");
        assertThat(pm.getJson("/api/v1/assessments/" + review).body()).contains("\"team\":[");

        // The agency sees that it exists and where it stands, not the team, scope or snapshot.
        AppClient own = AppClient.signedIn(port, "gerente.c5");
        assertThat(own.getJson("/api/v1/assessments/" + review).body()).contains("\"status\":\"IN_PROGRESS\"")
                .contains("\"team\":null");
        assertThat(own.getJson("/api/v1/assessments/" + review + "/standards").status()).isEqualTo(404);
        own.get("/profile");
        AppClient.Response ownMove = own.sendJson("POST", "/api/v1/assessments/" + review + "/status",
                "{\"status\":\"FINDINGS_TO_AGENCY\"}", true);
        assertThat(ownMove.status()).as(ownMove.body()).isEqualTo(404);

        UUID accreditor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from organisation where kind = 'ACCREDITOR' limit 1").query(UUID.class).single());
        String outsider = NewAccounts.create(users, accreditor, Role.ASSESSOR);
        for (String username : new String[] {"gerente.policia", "financiador", "comisionado", outsider}) {
            AppClient caller = AppClient.signedIn(port, username, username.startsWith("prueba-")
                    ? NewAccounts.PASSWORD : AppClient.DEMO_PASSWORD);
            caller.get("/");
            assertThat(caller.getJson("/api/v1/assessments").body()).as(username).doesNotContain(review);
            assertThat(caller.getJson("/api/v1/assessments/" + review).status()).as(username).isEqualTo(404);
            assertThat(caller.getJson("/api/v1/assessments/" + review + "/standards").status()).isEqualTo(404);
            caller.get("/profile");
            assertThat(caller.sendJson("POST", "/api/v1/assessments/" + review + "/status",
                    "{\"status\":\"FINDINGS_TO_AGENCY\"}", true).status()).as(username).isIn(403, 404);
            assertThat(caller.get("/assessments/" + review).status()).as(username).isEqualTo(404);
        }
        AppClient otherAgency = as("gerente.policia");
        assertThat(otherAgency.sendJson("POST", "/api/v1/agencies/" + c5 + "/assessments",
                plan("REMOTE_FILE_REVIEW", "{\"mode\":\"ALL\"}", assessor, "ASSESSOR"), true).status()).isEqualTo(404);
        assertThat(otherAgency.get("/agencies/" + c5 + "/assessments").status()).isEqualTo(404);
        assertThat(otherAgency.get("/agencies/" + c5 + "/assessments/new").status()).isEqualTo(404);
        // Advisors plan mock assessments only.
        assertThat(as("asesor").sendJson("POST", "/api/v1/agencies/" + c5 + "/assessments",
                plan("REMOTE_FILE_REVIEW", "{\"mode\":\"ALL\"}", assessor, "ASSESSOR"), true).status()).isEqualTo(403);
    }

    @Test
    void theAssessmentPageShowsKindStatusWindowHashAndScopeInBothLanguages() {
        AppClient pm = as("calea.pm");
        String review = pm.getJson("/api/v1/assessments").body().replaceFirst(
                "(?s).*\"id\":\"([^\"]+)\",\"agencyId\":\"" + c5 + "\".*", "$1");
        String english = pm.language("en").get("/assessments/" + review).body();
        assertThat(english).contains("Remote file review").contains("In progress").contains("Coverage in the cycle")
                .contains("Daniel Brooks").doesNotContain("REMOTE_FILE_REVIEW").doesNotContain("IN_PROGRESS");
        String spanish = as("admin").get("/assessments/" + review).body();
        assertThat(spanish).contains("Revisión remota del expediente").contains("En curso")
                .contains("Normas en el alcance").contains("data-testid=\"standards\"");
        assertThat(AppClient.signedIn(port, "gerente.c5").get("/agencies/" + c5 + "/assessments").body())
                .contains("Revisión remota del expediente").doesNotContain("data-testid=\"new-assessment\"");
    }

    /** Signed in, with a page read so the session's CSRF token is known for API writes. */
    private AppClient as(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    private long count() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from assessment")
                .query(Long.class).single());
    }

    private static String plan(String kind, String scope, UUID member, String role) {
        return "{\"kind\":\"" + kind + "\",\"window\":{\"start\":\"2026-03-01\",\"end\":\"2026-03-20\"},\"scope\":"
                + scope + ",\"team\":[{\"userId\":\"" + member + "\",\"role\":\"" + role + "\"}]}";
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }

    /** A new agency in self-assessment with its file; ready for review when asked. Returns agency and file ids. */
    private static String[] agencyReadyForReview(AppClient admin, String name, boolean ready) {
        return AgenciesUnderReview.create(admin, name, ready);
    }
}
