package org.acredita.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.MovableClock;
import org.acredita.support.PrintedQrCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Distributions of directive versions to the demo police force's roster: the rules of creation, acknowledgement
 * through a printed one-time link (once, then not found) and signed in, and the progress counts.
 */
@AcreditaIntegrationTest
class DistributionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    UUID police;
    String api;
    AppClient manager;

    @BeforeEach
    void signIn() {
        police = DemoOrganisations.police(jdbc);
        api = "/api/v1/agencies/" + police + "/distributions";
        manager = AppClient.signedIn(port, "gerente.policia");
        manager.get("/profile");
    }

    @Test
    void aDistributionOfAnUnapprovedVersionToNobodyDueInThePastIsRefusedWithEveryProblemAndNothingWritten() {
        long before = distributions();
        String body = "{\"dueOn\":\"" + LocalDate.now().minusDays(1) + "\",\"versionIds\":[\"" + version("PR-5.1", "DRAFT")
                + "\"]}";
        AppClient.Response refused = manager.sendJson("POST", api, body, true);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("no está aprobada").contains("ya pasó").contains("Elija a quién distribuir");
        assertThat(distributions()).isEqualTo(before);

        AppClient.Response unknown = manager.sendJson("POST", api, "{\"dueOn\":\"" + LocalDate.now().plusDays(5)
                + "\",\"versionIds\":[\"" + UUID.randomUUID() + "\"],\"employeeNumbers\":[\"QRO-01001\"]}", true);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("no es de esta institución");
        assertThat(distributions()).isEqualTo(before);
    }

    @Test
    void aDistributionToAUnitReachesItsActivePeopleAndAnswersCreatedWithItsCounts() throws Exception {
        UUID unit = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from personnel_unit where agency_id = ? and name = 'Asuntos Internos'").param(police)
                .query(UUID.class).single());
        long active = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from personnel_member "
                + "where agency_id = ? and unit_id = ? and status = 'ACTIVE'").params(police, unit).query(Long.class)
                .single());
        AppClient.Response created = manager.sendJson("POST", api, "{\"dueOn\":\"" + LocalDate.now().plusDays(10)
                + "\",\"versionIds\":[\"" + version("POL-4.1", "IN_EFFECT") + "\"],\"unitIds\":[\"" + unit + "\"]}", true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode json = JSON.readTree(created.body());
        assertThat(json.get("total").asLong()).isEqualTo(active).isPositive();
        assertThat(json.get("pending").asLong()).isEqualTo(active);
        assertThat(json.get("units").get(0).get("unit").asString()).isEqualTo("Asuntos Internos");
        assertThat(json.get("documents").get(0).get("textSha256").asString()).hasSize(64);

        AppClient.Response read = manager.getJson(api + "/" + json.get("id").asString());
        assertThat(read.status()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).get("acknowledged").asInt()).isZero();
        assertThat(manager.get("/agencies/" + police + "/distributions/" + json.get("id").asString()).body())
                .contains("Asuntos Internos");
    }

    @Test
    void aPrintedLinkAcknowledgesOnceWithoutSigningInAndIsNotFoundAfterwards() throws Exception {
        String number = newPerson(null);
        JsonNode distribution = distribute(number, LocalDate.now().plusDays(7));
        String base = "/agencies/" + police + "/distributions/" + distribution.get("id").asString();
        AppClient.Response slips = manager.postForm(base + "/slips", Map.of("lang", "en"));
        assertThat(slips.status()).isEqualTo(200);
        assertThat(slips.header("Content-Type")).startsWith("application/pdf");
        String link = PrintedQrCodes.onFirstPage(slips.bytes());
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(link).contains("/acknowledgements/");

        AppClient phone = new AppClient(port);
        AppClient.Response page = phone.get("/acknowledgements/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Política de uso de la fuerza").contains("Recibí, leí y entendí");

        AppClient.Response acknowledged = phone.sendJson("POST", "/api/v1/acknowledgements/" + token, "{}", false);
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        String sha256 = JSON.readTree(acknowledged.body()).get("textSha256").asString();
        assertThat(sha256).isEqualTo(distribution.get("documents").get(0).get("textSha256").asString());
        Map<String, Object> row = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select channel, seconds_spent, opened_at from distribution_recipient where distribution_id = ?::uuid")
                .param(distribution.get("id").asString()).query().singleRow());
        assertThat(row.get("channel")).isEqualTo("LINK");
        assertThat(row.get("opened_at")).isNotNull();
        assertThat(row.get("seconds_spent")).isNotNull();

        assertThat(phone.sendJson("POST", "/api/v1/acknowledgements/" + token, "{}", false).status()).isEqualTo(404);
        assertThat(phone.get("/acknowledgements/" + token).status()).isEqualTo(404);
        assertThat(phone.postForm("/acknowledgements/" + token, Map.of()).status()).isEqualTo(404);
        assertThat(JSON.readTree(manager.getJson(api + "/" + distribution.get("id").asString()).body())
                .get("acknowledged").asInt()).isEqualTo(1);
    }

    @Test
    void reprintingSlipsRetiresTheEarlierLinks() throws Exception {
        JsonNode distribution = distribute(newPerson(null), LocalDate.now().plusDays(7));
        String base = "/agencies/" + police + "/distributions/" + distribution.get("id").asString();
        String first = PrintedQrCodes.onFirstPage(manager.postForm(base + "/slips", Map.of()).bytes());
        String second = PrintedQrCodes.onFirstPage(manager.postForm(base + "/slips", Map.of()).bytes());
        AppClient phone = new AppClient(port);
        assertThat(phone.get(path(first)).status()).isEqualTo(404);
        assertThat(phone.get(path(second)).status()).isEqualTo(200);
    }

    @Test
    void aSignedInPersonAcknowledgesWhatReachedTheRosterEntryWithTheirEmail() throws Exception {
        String email = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select email from app_user where username = 'personal.policia'").query(String.class).single());
        JsonNode distribution = distribute(newPerson(email.toUpperCase()), LocalDate.now().plusDays(7));
        AppClient staff = AppClient.signedIn(port, "personal.policia");
        String mine = staff.get("/my-acknowledgements").body();
        String recipient = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id::text from distribution_recipient where distribution_id = ?::uuid")
                .param(distribution.get("id").asString()).query(String.class).single());
        assertThat(mine).contains("/my-acknowledgements/" + recipient);
        assertThat(staff.get("/my-acknowledgements/" + recipient).body()).contains("Recibí, leí y entendí");
        AppClient.Response done = staff.postForm("/my-acknowledgements/" + recipient, Map.of());
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Acuse registrado");
        assertThat(staff.postForm("/my-acknowledgements/" + recipient, Map.of()).status()).isEqualTo(404);
        assertThat(AppClient.signedIn(port, "titular.policia").get("/my-acknowledgements/" + recipient).status())
                .as("someone else's acknowledgement").isEqualTo(404);
        JsonNode progress = JSON.readTree(manager.getJson(api + "/" + distribution.get("id").asString()).body());
        assertThat(progress.get("acknowledged").asInt()).isEqualTo(1);
    }

    @Test
    void progressCountsTheAcknowledgedThePendingAndOnceTheDueDatePassesTheOverdueByUnit() throws Exception {
        String a = newPerson(null);
        String b = newPerson(null);
        String c = newPerson(null);
        JsonNode distribution = distribute(a + "\",\"" + b + "\",\"" + c, LocalDate.now().plusDays(2));
        String id = distribution.get("id").asString();
        String link = PrintedQrCodes.onFirstPage(manager.postForm("/agencies/" + police + "/distributions/" + id
                + "/slips", Map.of()).bytes());
        assertThat(new AppClient(port).sendJson("POST", "/api/v1" + path(link), "{}", false).status()).isEqualTo(200);

        JsonNode now = JSON.readTree(manager.getJson(api + "/" + id).body());
        assertThat(now.get("total").asInt()).isEqualTo(3);
        assertThat(now.get("acknowledged").asInt()).isEqualTo(1);
        assertThat(now.get("pending").asInt()).isEqualTo(2);
        assertThat(now.get("overdue").asInt()).isZero();
        try {
            clock.moveTo(Instant.now().plus(Duration.ofDays(5)));
            JsonNode later = JSON.readTree(manager.getJson(api + "/" + id).body());
            assertThat(later.get("overdue").asInt()).isEqualTo(2);
            JsonNode unit = later.get("units").get(0);
            assertThat(unit.get("unit").asString()).isEqualTo("Asuntos Internos");
            assertThat(unit.get("overdue").asInt()).isEqualTo(2);
            assertThat(unit.get("acknowledged").asInt()).isEqualTo(1);
            AppClient.Response export = manager.get("/agencies/" + police + "/distributions/" + id + "/export.xlsx");
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.bytes()).startsWith(new byte[] {'P', 'K'});
        } finally {
            clock.reset();
        }
    }

    @Test
    void aLinkPastItsExpiryIsNotFound() throws Exception {
        JsonNode distribution = distribute(newPerson(null), LocalDate.now().plusDays(1));
        String link = PrintedQrCodes.onFirstPage(manager.postForm("/agencies/" + police + "/distributions/"
                + distribution.get("id").asString() + "/slips", Map.of()).bytes());
        try {
            clock.moveTo(Instant.now().plus(Duration.ofDays(70)));
            assertThat(new AppClient(port).get(path(link)).status()).isEqualTo(404);
            assertThat(new AppClient(port).sendJson("POST", "/api/v1" + path(link), "{}", false).status())
                    .isEqualTo(404);
        } finally {
            clock.reset();
        }
        assertThat(new AppClient(port).get(path(link)).status()).isEqualTo(200);
    }

    @Test
    void thePageFormShowsEveryProblemAndCreatesWhenCorrected() {
        String page = "/agencies/" + police + "/distributions";
        manager.get(page);
        AppClient.Response refused = manager.postForm(page, Map.of("dueOn",
                LocalDate.now().minusDays(2).toString()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("Elija al menos una versión aprobada").contains("ya pasó")
                .contains("Elija a quién distribuir");
        String number = newPerson(null);
        AppClient.Response created = manager.postForm(page, Map.of("dueOn", LocalDate.now().plusDays(3).toString(),
                "versionIds", version("POL-4.1", "IN_EFFECT").toString(), "employeeNumbers", number));
        assertThat(created.status()).isEqualTo(302);
        assertThat(created.header("Location")).contains(page + "/");
    }

    private static String path(String link) {
        return link.substring(link.indexOf("/acknowledgements/"));
    }

    /** A new active person in Internal Affairs, with the e-mail given (or none); their employee number. */
    private String newPerson(String email) {
        String number = "T-" + UUID.randomUUID().toString().substring(0, 8);
        AppClient.Response added = manager.sendJson("POST", "/api/v1/agencies/" + police + "/personnel",
                "{\"employeeNumber\":\"" + number + "\",\"name\":\"Persona de prueba " + number
                        + "\",\"rank\":\"Policía\",\"unit\":\"Asuntos Internos\"" + (email == null ? ""
                        : ",\"email\":\"" + email + "\"") + "}", true);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return number;
    }

    private JsonNode distribute(String numbers, LocalDate dueOn) throws Exception {
        AppClient.Response created = manager.sendJson("POST", api, "{\"dueOn\":\"" + dueOn + "\",\"versionIds\":[\""
                + version("POL-4.1", "IN_EFFECT") + "\"],\"employeeNumbers\":[\"" + numbers + "\"]}", true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    private UUID version(String code, String status) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select v.id from directive_version v join directive d on d.id = v.directive_id
                where d.agency_id = ? and d.code = ? and v.status = ? limit 1""").params(police, code, status)
                .query(UUID.class).single());
    }

    private long distributions() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from distribution")
                .query(Long.class).single());
    }
}
