package org.acredita.assessments.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.assessments.Findings;
import org.acredita.assessments.Verdict;
import org.acredita.assessments.VerdictRecorded;
import org.acredita.identity.UserManagement;
import org.acredita.notifications.internal.ReminderSweep;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Findings follow verdicts (published as the review service does, in a transaction), reach the agency only when
 * sent to it, and are answered with corrective actions that the reviewer verifies or returns; outsiders get 404.
 */
@AcreditaIntegrationTest
class FindingsApiTest {

    private static final String PROFILE = """
            {"kind":"LAW_ENFORCEMENT","level":"MUNICIPAL","stateCode":"14","swornPersonnel":180,"civilianPersonnel":30,
             "populationServed":250000,"functions":["TRAFFIC"],"chiefExecutive":"Cmdte. Prueba"}
            """;
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ReminderSweep sweep;

    @Autowired
    Findings findings;

    @Test
    void verdictsOpenWithdrawAndCorrectFindingsThatTheAgencyAnswersOnceSent() {
        Setup s = assessmentInProgress("Policía Municipal de El Salto — hallazgos");
        String[] numbers = s.numbers;
        verdict(s, numbers[0], Verdict.NOT_IN_COMPLIANCE, "Falta la directiva sobre custodia de evidencias.");
        verdict(s, numbers[0], Verdict.NOT_IN_COMPLIANCE, null);
        verdict(s, numbers[1], Verdict.NOT_IN_COMPLIANCE, "Falta el registro de capacitación.");
        verdict(s, numbers[1], Verdict.IN_COMPLIANCE, null);
        verdict(s, numbers[2], Verdict.CORRECTED_DURING_ASSESSMENT, "Se publicó la orden durante la visita.");

        AppClient reviewer = as("evaluador");
        String team = reviewer.getJson("/api/v1/assessments/" + s.assessment + "/findings").body();
        assertThat(team.split("\"standardNumber\"").length - 1).as(team).isEqualTo(3);
        assertThat(team).contains("\"standardNumber\":\"" + numbers[0] + "\",\"element\":null")
                .contains("\"state\":\"OPEN\"").contains("\"state\":\"WITHDRAWN\"").contains("\"state\":\"CORRECTED\"")
                .contains("Falta la directiva sobre custodia de evidencias.");
        assertThat(reviewer.getJson("/api/v1/assessments/" + s.assessment + "/findings?state=WITHDRAWN").body()
                .split("\"standardNumber\"").length - 1).isEqualTo(1);

        // Before the findings go to the agency, the agency sees none of them.
        AppClient manager = AppClient.signedIn(port, s.manager, NewAccounts.PASSWORD);
        manager.get("/profile");
        assertThat(manager.getJson("/api/v1/assessments/" + s.assessment + "/findings").status()).isEqualTo(404);
        assertThat(manager.get("/assessments/" + s.assessment + "/findings").status()).isEqualTo(404);

        assertThat(reviewer.sendJson("POST", "/api/v1/assessments/" + s.assessment + "/status",
                "{\"status\":\"FINDINGS_TO_AGENCY\"}", true).status()).isEqualTo(200);
        String sent = manager.getJson("/api/v1/assessments/" + s.assessment + "/findings").body();
        assertThat(sent).contains(numbers[0]).contains("\"state\":\"CORRECTED\"").doesNotContain("WITHDRAWN");
        String finding = findingId(sent, numbers[0]);
        String actions = "/api/v1/assessments/" + s.assessment + "/findings/" + finding + "/corrective-actions";

        // A proof of another agency's file is refused, and nothing is stored.
        UUID foreignProof = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from proof where agency_id <> ? limit 1").param(s.agency).query(UUID.class).single());
        AppClient.Response foreign = manager.sendJson("POST", actions, action(s.owner, LocalDate.now().plusDays(30),
                foreignProof), true);
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("Solo puede citar pruebas del expediente de su institución");
        assertThat(actionCount(s.agency)).isZero();

        String ownProof = id(manager.sendJson("POST", "/api/v1/accreditation-files/" + s.file + "/standards/"
                + numbers[0] + "/proofs", "{\"kind\":\"NOTE\",\"title\":\"Directiva de custodia publicada\","
                + "\"note\":\"Publicada\",\"cycleYear\":1,\"documentDate\":\"2026-02-01\"}", true).body());
        AppClient.Response proposed = manager.sendJson("POST", actions, action(s.owner, LocalDate.now().plusDays(30),
                UUID.fromString(ownProof)), true);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        assertThat(proposed.body()).contains("\"state\":\"PROPOSED\"").contains(ownProof);
        String first = id(proposed.body());
        assertThat(manager.sendJson("POST", actions + "/" + first + "/submission", "", true).status()).isEqualTo(200);

        AppClient.Response noReason = reviewer.sendJson("POST", actions + "/" + first + "/verification",
                "{\"verified\":false}", true);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Write the reason for returning it");
        assertThat(reviewer.sendJson("POST", actions + "/" + first + "/verification",
                "{\"verified\":false,\"reason\":\"La directiva no nombra a quien custodia.\"}", true).status())
                .isEqualTo(200);
        assertThat(manager.getJson(actions).body()).contains("\"state\":\"RETURNED\"")
                .contains("La directiva no nombra a quien custodia.");
        assertThat(notified(s.manager, "CORRECTIVE_ACTION_RETURNED")).isTrue();

        String second = id(manager.sendJson("POST", actions, action(s.owner, LocalDate.now().plusDays(20),
                UUID.fromString(ownProof)), true).body());
        manager.sendJson("POST", actions + "/" + second + "/submission", "", true);
        assertThat(notified("evaluador", "CORRECTIVE_ACTION_SUBMITTED")).isTrue();
        assertThat(reviewer.sendJson("POST", actions + "/" + second + "/verification", "{\"verified\":true}", true)
                .status()).isEqualTo(200);
        assertThat(manager.getJson("/api/v1/assessments/" + s.assessment + "/findings/" + finding).body())
                .contains("\"state\":\"CLOSED\"");
        String page = manager.get("/assessments/" + s.assessment + "/findings/" + finding).body();
        assertThat(page).contains("Acción verificada").contains("Acción devuelta").contains("Cerrado")
                .contains("La directiva no nombra a quien custodia.");
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action like 'CORRECTIVE_ACTION_%' and agency_id = ?")
                .param(s.agency).query(Long.class).single())).isEqualTo(6);
    }

    @Test
    void aRefusedActionFormComesBackFilledInAndAnOverdueActionIsReminded() {
        Setup s = assessmentInProgress("Policía Municipal de Juanacatlán — hallazgos");
        verdict(s, s.numbers[0], Verdict.NOT_IN_COMPLIANCE, "Falta el informe anual de uso de la fuerza.");
        AppClient reviewer = as("evaluador");
        reviewer.sendJson("POST", "/api/v1/assessments/" + s.assessment + "/status",
                "{\"status\":\"FINDINGS_TO_AGENCY\"}", true);
        AppClient manager = AppClient.signedIn(port, s.manager, NewAccounts.PASSWORD);
        manager.get("/profile");
        String finding = findingId(manager.getJson("/api/v1/assessments/" + s.assessment + "/findings").body(),
                s.numbers[0]);
        String page = "/assessments/" + s.assessment + "/findings/" + finding;
        assertThat(manager.get(page).body()).contains("data-testid=\"action-form\"")
                .contains("Falta el informe anual de uso de la fuerza.");

        AppClient.Response refused = manager.postForm(page + "/corrective-actions", Map.of(
                "actions", "Redactar el informe anual y publicarlo.", "dueDate", LocalDate.now().plusDays(10).toString()));
        assertThat(refused.status()).isEqualTo(302);
        String back = manager.get(page).body();
        assertThat(back).contains("Elija como responsable a una persona de la institución")
                .contains("Redactar el informe anual y publicarlo.");
        assertThat(actionCount(s.agency)).isZero();

        assertThat(manager.postForm(page + "/corrective-actions", Map.of("actions", "Redactar el informe anual.",
                "ownerId", s.owner.toString(), "dueDate", LocalDate.now().plusDays(10).toString())).status())
                .isEqualTo(302);
        CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "update assessment_corrective_action set due_date = current_date - 3 where agency_id = ?")
                .param(s.agency).update());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Mexico_City"));
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> findings.tallies(List.of(s.agency), today))
                .get(s.agency).overdue()).isEqualTo(1);
        assertThat(manager.get("/assessments/" + s.assessment + "/findings").body()).contains("Vencida");
        sweep.run(today);
        assertThat(notified(s.manager, "CORRECTIVE_ACTION_OVERDUE")).isTrue();
    }

    @Test
    void anotherAgencyAnUnassignedAssessorAndTheUnsignedGetNotFound() {
        Setup s = assessmentInProgress("Policía Municipal de Ixtlahuacán — hallazgos");
        verdict(s, s.numbers[0], Verdict.NOT_IN_COMPLIANCE, "Falta la política.");
        AppClient reviewer = as("evaluador");
        reviewer.sendJson("POST", "/api/v1/assessments/" + s.assessment + "/status",
                "{\"status\":\"FINDINGS_TO_AGENCY\"}", true);
        String finding = findingId(reviewer.getJson("/api/v1/assessments/" + s.assessment + "/findings").body(),
                s.numbers[0]);
        String base = "/api/v1/assessments/" + s.assessment + "/findings";
        UUID accreditor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from organisation where kind = 'ACCREDITOR' limit 1").query(UUID.class).single());
        String outsider = NewAccounts.create(users, accreditor, Role.ASSESSOR);
        for (String username : new String[] {"gerente.c5", "gerente.policia", outsider}) {
            AppClient caller = AppClient.signedIn(port, username, username.startsWith("prueba-")
                    ? NewAccounts.PASSWORD : AppClient.DEMO_PASSWORD);
            caller.get("/profile");
            assertThat(caller.getJson(base).status()).as(username).isEqualTo(404);
            assertThat(caller.getJson(base + "/" + finding).status()).as(username).isEqualTo(404);
            assertThat(caller.sendJson("POST", base + "/" + finding + "/corrective-actions",
                    action(s.owner, LocalDate.now().plusDays(5), null), true).status()).as(username).isEqualTo(404);
            assertThat(caller.sendJson("POST", base + "/" + finding + "/corrective-actions/" + UUID.randomUUID()
                    + "/verification", "{\"verified\":true}", true).status()).as(username).isEqualTo(404);
            assertThat(caller.get("/assessments/" + s.assessment + "/findings").status()).as(username).isEqualTo(404);
            assertThat(caller.get("/assessments/" + s.assessment + "/findings/" + finding).status()).as(username)
                    .isEqualTo(404);
        }
        AppClient anonymous = new AppClient(port);
        assertThat(anonymous.getJson(base).status()).isIn(401, 404);
        assertThat(anonymous.get("/assessments/" + s.assessment + "/findings").status()).isEqualTo(302);
    }

    private record Setup(UUID agency, String file, String assessment, String[] numbers, String manager, UUID owner) {
    }

    /** A new agency ready for review, a remote file review by the assessor started on it, and its manager. */
    private Setup assessmentInProgress(String name) {
        AppClient admin = as("admin");
        String agency = id(admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"" + name + "\",\"stateCode\":\"14\"}", true).body());
        admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", PROFILE, true);
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        for (String phase : new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT",
                "SELF_ASSESSMENT", "MOCK_ASSESSMENT", "READY_FOR_REVIEW"}) {
            assertThat(admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\",\"agreementDate\":\"2026-01-15\"}", true).status()).as(phase).isEqualTo(200);
        }
        String file = id(admin.getJson("/api/v1/agencies/" + agency + "/accreditation-files").body());
        UUID assessor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from app_user where username = 'evaluador'").query(UUID.class).single());
        String assessment = id(as("calea.pm").sendJson("POST", "/api/v1/agencies/" + agency + "/assessments",
                "{\"kind\":\"REMOTE_FILE_REVIEW\",\"window\":{\"start\":\"2026-03-01\",\"end\":\"2026-03-20\"},"
                        + "\"scope\":{\"mode\":\"ALL\"},\"team\":[{\"userId\":\"" + assessor
                        + "\",\"role\":\"ASSESSOR\"}]}", true).body());
        AppClient reviewer = as("evaluador");
        assertThat(reviewer.sendJson("POST", "/api/v1/assessments/" + assessment + "/status",
                "{\"status\":\"IN_PROGRESS\"}", true).status()).isEqualTo(200);
        Matcher number = Pattern.compile("\\{\"number\":\"([^\"]+)\"").matcher(
                reviewer.getJson("/api/v1/assessments/" + assessment + "/standards").body());
        String[] numbers = new String[3];
        for (int i = 0; i < 3; i++) {
            assertThat(number.find()).isTrue();
            numbers[i] = number.group(1);
        }
        String manager = NewAccounts.create(users, UUID.fromString(agency), Role.ACCREDITATION_MANAGER);
        UUID owner = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from app_user where username = ?").param(manager).query(UUID.class).single());
        return new Setup(UUID.fromString(agency), file, assessment, numbers, manager, owner);
    }

    /** As the review service publishes it: inside the transaction that records the verdict. */
    private void verdict(Setup s, String number, Verdict verdict, String comment) {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.executeWithoutResult(status -> events.publishEvent(
                new VerdictRecorded(UUID.fromString(s.assessment), s.agency, number, null, verdict, null, comment,
                        null))));
    }

    private long actionCount(UUID agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from assessment_corrective_action where agency_id = ?").param(agency)
                .query(Long.class).single());
    }

    private boolean notified(String username, String kind) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select count(*) from notification n join app_user u on u.id = n.recipient_id
                where u.username = ? and n.kind = ?""").params(username, kind).query(Long.class).single()) > 0;
    }

    private static String action(UUID owner, LocalDate due, UUID proof) {
        return "{\"actions\":\"Publicar la directiva y capacitar al personal.\",\"ownerId\":\"" + owner
                + "\",\"dueDate\":\"" + due + "\",\"proofIds\":[" + (proof == null ? "" : "\"" + proof + "\"") + "]}";
    }

    private AppClient as(String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    private static String findingId(String json, String number) {
        return json.replaceFirst("(?s).*\"id\":\"([^\"]+)\",\"assessmentId\":\"[^\"]+\",\"agencyId\":\"[^\"]+\","
                + "\"standardNumber\":\"" + Pattern.quote(number) + "\".*", "$1");
    }

    private static String id(String json) {
        Matcher matcher = ID.matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }
}
