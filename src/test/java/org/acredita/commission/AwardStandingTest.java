package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.UserManagement;
import org.acredita.notifications.internal.ReminderSweep;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.MovableClock;
import org.acredita.support.SiteBasedAssessments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * After the decision: the programme manager lifts conditions with evidence (the last one takes the agency from
 * accredited with conditions to accredited) and records the Commission's later decisions (suspended, reinstated,
 * revoked) through the lifecycle, which may refuse (409, nothing written); an award is reminded 180, 90 and 30 days
 * before its expiry and lapses past it with the clock moved on, once however many nodes sweep; the certificate's
 * verification follows each step; the agency's people are told; nobody else changes anything.
 */
@AcreditaIntegrationTest
class AwardStandingTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Autowired
    ReminderSweep sweep;

    @Autowired
    AwardLapses lapses;

    @Autowired
    MovableClock clock;

    @Test
    void theProgrammeManagerLiftsConditionsWithEvidenceAndTheLastOneAccreditsTheAgency() {
        AwardedAgencies fixture = fixture();
        AwardedAgencies.Awarded a = fixture.accredited("Policía de Zapotlanejo — condiciones",
                "Aprobar la directiva de persecuciones", "Capacitar al personal en uso de la fuerza");
        List<UUID> conditions = conditionIds(a.award());
        String first = lift(conditions.get(0));
        String document = evidenceDocument(a.agency(), "Directiva de persecuciones aprobada");
        String lift = "{\"note\":\"Directiva aprobada por el Consejo el 2 de marzo\",\"evidenceDocumentId\":\""
                + document + "\"}";

        for (String outsider : new String[] {a.manager(), "financiador", "gerente.c5", "asesor", "comisionado"}) {
            AppClient person = signed(outsider);
            assertThat(person.sendJson("POST", first, lift, true).status()).as(outsider).isEqualTo(403);
            assertThat(person.postForm("/agencies/" + a.agency() + "/commission/conditions/" + conditions.get(0)
                    + "/lift", Map.of("note", "x")).status()).as(outsider).isEqualTo(403);
        }
        AppClient pm = signed("calea.pm");
        assertThat(pm.sendJson("POST", first, "{\"note\":\" \"}", true).body())
                .contains("Describe the evidence that the condition is met.");
        String police = DemoOrganisations.police(jdbc).toString();
        String foreign = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from evidence_document where agency_id = ? limit 1").param(UUID.fromString(police))
                .query(String.class).single());
        AppClient.Response foreignDocument = pm.sendJson("POST", first, "{\"note\":\"x\",\"evidenceDocumentId\":\""
                + foreign + "\"}", true);
        assertThat(foreignDocument.status()).isEqualTo(400);
        assertThat(foreignDocument.body()).contains("is not in the agency's evidence library");
        assertThat(pm.sendJson("POST", first, "{\"note\":\"x\",\"liftedOn\":\""
                + LocalDate.now(AwardedAgencies.ZONE).plusDays(2) + "\"}", true).status()).isEqualTo(400);
        assertThat(pm.sendJson("POST", lift(UUID.randomUUID()), lift, true).status()).isEqualTo(404);
        assertThat(fixture.audited("COMMISSION_CONDITION_LIFTED", a.agency())).as("nothing lifted yet").isZero();

        AppClient.Response lifted = pm.sendJson("POST", first, lift, true);
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        assertThat(lifted.body()).contains("\"liftedOn\":\"" + LocalDate.now(AwardedAgencies.ZONE) + "\"",
                "\"liftNote\":\"Directiva aprobada por el Consejo el 2 de marzo\"", "\"evidenceDocumentId\":\"" + document,
                "\"evidenceTitle\":\"Directiva de persecuciones aprobada\"");
        assertThat(fixture.phase(a.agency())).as("one condition still open").isEqualTo("ACCREDITED_WITH_CONDITIONS");
        assertThat(fixture.audited("COMMISSION_CONDITION_LIFTED", a.agency())).isEqualTo(1);
        assertThat(fixture.notices(a.manager(), "CONDITION_LIFTED")).as("the agency's manager is told").isEqualTo(1);
        assertThat(pm.sendJson("POST", first, lift, true).status()).as("lifted once").isEqualTo(409);

        assertThat(pm.postForm("/agencies/" + a.agency() + "/commission/conditions/" + conditions.get(1) + "/lift",
                Map.of("note", "Constancias de capacitación del 100 % del personal")).status()).isEqualTo(302);
        assertThat(fixture.phase(a.agency())).as("every condition lifted").isEqualTo("ACCREDITED");
        String awards = signed(a.manager()).getJson("/api/v1/agencies/" + a.agency() + "/awards").body();
        assertThat(awards.split("\"liftedOn\":\"" + LocalDate.now(AwardedAgencies.ZONE)).length - 1).isEqualTo(2);
        assertThat(signed(a.manager()).get("/agencies/" + a.agency() + "/commission?lang=es").body())
                .contains("Aprobar la directiva de persecuciones", "Levantada el", "Directiva de persecuciones aprobada",
                        a.certificateNumber(), "certificate?lang=es", "certificate?lang=en")
                .doesNotContain("data-testid=\"lift-form\"", "data-testid=\"standing-form\"");
    }

    @Test
    void laterDecisionsSuspendReinstateAndRevokeTheAwardAndTheCertificateSaysSo() {
        AwardedAgencies fixture = fixture();
        AwardedAgencies.Awarded a = fixture.accredited("Policía de Tlajomulco — suspensión");
        String standing = "/api/v1/awards/" + a.award() + "/standing";
        String today = LocalDate.now(AwardedAgencies.ZONE).toString();
        String suspend = "{\"change\":\"SUSPENDED\",\"decidedOn\":\"" + today
                + "\",\"reason\":\"Uso de la fuerza sin reporte en dos casos\"}";
        assertThat(verified(fixture, a)).contains("\"status\":\"VALID\"");

        for (String outsider : new String[] {a.manager(), "financiador", "gerente.policia", "comisionado"}) {
            assertThat(signed(outsider).sendJson("POST", standing, suspend, true).status()).as(outsider)
                    .isEqualTo(403);
        }
        AppClient pm = signed("calea.pm");
        assertThat(pm.sendJson("POST", standing, "{\"change\":\"SUSPENDED\",\"decidedOn\":\"" + today + "\"}", true)
                .body()).contains("Write the reason for the decision.");
        assertThat(pm.sendJson("POST", standing, "{\"change\":\"LAPSED\",\"decidedOn\":\"" + today
                + "\",\"reason\":\"x\"}", true).status()).as("a lapse is the sweep's").isEqualTo(400);
        assertThat(pm.sendJson("POST", standing, suspend.replace(today, LocalDate.parse(today).plusDays(1).toString()),
                true).status()).isEqualTo(400);
        assertThat(pm.sendJson("POST", standing, suspend.replace("SUSPENDED", "REINSTATED"), true).status())
                .as("only a suspended award is reinstated").isEqualTo(409);
        assertThat(standingEvents(a.award())).isZero();

        AppClient.Response suspended = pm.sendJson("POST", standing, suspend, true);
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(201);
        assertThat(suspended.body()).contains("\"status\":\"SUSPENDED\"", "\"change\":\"SUSPENDED\"");
        assertThat(fixture.phase(a.agency())).isEqualTo("SUSPENDED");
        assertThat(verified(fixture, a)).contains("\"status\":\"SUSPENDED\"");
        assertThat(fixture.audited("COMMISSION_AWARD_SUSPENDED", a.agency())).isEqualTo(1);
        assertThat(fixture.notices(a.manager(), "AWARD_SUSPENDED")).isEqualTo(1);
        assertThat(pm.sendJson("POST", standing, suspend, true).status()).as("suspended already").isEqualTo(409);

        assertThat(pm.sendJson("POST", standing, suspend.replace("SUSPENDED", "REINSTATED"), true).status())
                .isEqualTo(201);
        assertThat(fixture.phase(a.agency())).isEqualTo("CONTINUED_COMPLIANCE");
        assertThat(verified(fixture, a)).contains("\"status\":\"VALID\"");
        assertThat(fixture.notices(a.manager(), "AWARD_REINSTATED")).isEqualTo(1);

        assertThat(pm.postForm("/agencies/" + a.agency() + "/commission/awards/" + a.award() + "/standing", Map.of(
                "change", "REVOKED", "decidedOn", today, "reason", "Falsificación de pruebas")).status())
                .isEqualTo(302);
        assertThat(fixture.phase(a.agency())).isEqualTo("REMOVED");
        assertThat(verified(fixture, a)).contains("\"status\":\"REVOKED\"");
        assertThat(new AppClient(port).get("/public/certificates/" + a.certificateNumber() + "?h="
                + fixture.shortHash(a.award()) + "&lang=en").body()).contains("revoked");
        assertThat(standingEvents(a.award())).isEqualTo(3);
        assertThat(pm.get("/agencies/" + a.agency() + "/commission?lang=en").body())
                .contains("Later decisions of the Commission", "Suspended", "Reinstated", "Revoked (removed)",
                        "Falsificación de pruebas");
    }

    @Test
    void aLaterDecisionTheLifecycleRefusesAnswers409AndWritesNothing() {
        AwardedAgencies fixture = fixture();
        AwardedAgencies.Awarded a = fixture.accredited("Policía de El Salto — ciclo");
        AppClient pm = signed("calea.pm");
        assertThat(pm.sendJson("POST", "/api/v1/agencies/" + a.agency() + "/transitions",
                "{\"to\":\"SUSPENDED\",\"reason\":\"Suspendida por el programa\"}", true).status()).isEqualTo(200);
        long events = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where agency_id = ?").param(UUID.fromString(a.agency()))
                .query(Long.class).single());

        AppClient.Response refused = pm.language("en").sendJson("POST", "/api/v1/awards/" + a.award() + "/standing",
                "{\"change\":\"SUSPENDED\",\"decidedOn\":\"" + LocalDate.now(AwardedAgencies.ZONE)
                        + "\",\"reason\":\"Uso de la fuerza\"}", true);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("Nothing was recorded.");
        assertThat(pm.getJson("/api/v1/agencies/" + a.agency() + "/awards").body()).contains("\"status\":\"ACTIVE\"");
        assertThat(standingEvents(a.award())).isZero();
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where agency_id = ?").param(UUID.fromString(a.agency()))
                .query(Long.class).single())).as("no audit event either").isEqualTo(events);
    }

    @Test
    void anAwardIsRemindedBeforeItsExpiryAndLapsesOnceWhenTheClockPassesIt() throws Exception {
        AwardedAgencies fixture = fixture();
        LocalDate today = LocalDate.now(AwardedAgencies.ZONE);
        // Heard four years ago less ten days, so this award is the only one the moved clock finds expired.
        LocalDate heard = today.minusYears(4).plusDays(10);
        AwardedAgencies.Awarded a = fixture.accreditedOn(heard, "Policía de Juanacatlán — vencimiento",
                "Publicar el informe anual");
        LocalDate expires = heard.plusYears(4);
        assertThat(signed(a.manager()).get("/agencies/" + a.agency() + "?lang=es").body())
                .as("the condition due long ago shows on the agency's page")
                .contains("1 condición de la Comisión vencida", "/agencies/" + a.agency() + "/commission");

        for (int days : new int[] {200, 180, 90, 30}) {
            sweep.run(expires.minusDays(days));
        }
        assertThat(fixture.notices(a.manager(), "AWARD_EXPIRY")).as("180, 90 and 30 days before").isEqualTo(3);
        assertThat(fixture.notices(a.manager(), "CONDITION_OVERDUE")).as("the overdue condition, once").isEqualTo(1);
        assertThat(lapses.run(today)).as("nothing has expired today").isZero();

        try {
            clock.moveTo(expires.plusDays(1).atTime(LocalTime.NOON).atZone(AwardedAgencies.ZONE).toInstant());
            List<CompletableFuture<Integer>> nodes = List.of(CompletableFuture.supplyAsync(lapses::runToday),
                    CompletableFuture.supplyAsync(lapses::runToday));
            assertThat(nodes.get(0).get() + nodes.get(1).get()).as("two nodes sweeping lapse it once").isEqualTo(1);
            assertThat(lapses.runToday()).isZero();
        } finally {
            clock.reset();
        }
        assertThat(fixture.phase(a.agency())).isEqualTo("LAPSED");
        assertThat(signed("calea.pm").getJson("/api/v1/agencies/" + a.agency() + "/awards").body())
                .contains("\"status\":\"EXPIRED\"", "\"change\":\"LAPSED\"");
        assertThat(verified(fixture, a)).contains("\"status\":\"EXPIRED\"");
        assertThat(fixture.audited("COMMISSION_AWARD_LAPSED", a.agency())).isEqualTo(1);
        assertThat(fixture.notices(a.manager(), "AWARD_LAPSED")).isEqualTo(1);
    }

    private String verified(AwardedAgencies fixture, AwardedAgencies.Awarded a) {
        AppClient.Response verified = new AppClient(port).getJson("/api/v1/public/certificates/"
                + a.certificateNumber() + "?h=" + fixture.shortHash(a.award()));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return verified.body();
    }

    private static String lift(UUID condition) {
        return "/api/v1/commission/conditions/" + condition + "/lift";
    }

    private List<UUID> conditionIds(String award) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select c.id from commission_condition c join commission_award a on a.decision_id = c.decision_id
                where a.id = ? order by c.due_on""").param(UUID.fromString(award)).query(UUID.class).list());
    }

    private long standingEvents(String award) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from commission_award_event where award_id = ?").param(UUID.fromString(award))
                .query(Long.class).single());
    }

    /**
     * A document in the agency's evidence library, written straight into its rows (sharing a demo document's stored
     * file): the library's own uploads are the proofs module's tests.
     */
    private String evidenceDocument(String agency, String title) {
        UUID id = UUID.randomUUID();
        CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                insert into evidence_document (id, agency_id, title, document_date, kind, stored_file_id, sha256,
                    created_by_name)
                select ?, ?, ?, current_date, 'REPORT', stored_file_id, encode(sha256(?::bytea), 'hex'), 'Prueba'
                from evidence_document limit 1""").params(id, UUID.fromString(agency), title, id.toString())
                .update());
        return id.toString();
    }

    private AwardedAgencies fixture() {
        return new AwardedAgencies(port, jdbc, users);
    }

    private AppClient signed(String username) {
        return username.startsWith("prueba-") ? SiteBasedAssessments.signedNew(port, username)
                : SiteBasedAssessments.signed(port, username);
    }
}
