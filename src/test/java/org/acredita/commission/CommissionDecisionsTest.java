package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hearing and the decision: recorded once the meeting is held, with every panel member's vote (each audited);
 * the decision moves the agency's lifecycle from its released report to the outcome and an accreditation grants
 * a four-year award on the file's edition; a decision the lifecycle refuses answers 409 and writes nothing.
 */
@AcreditaIntegrationTest
class CommissionDecisionsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void anAccreditationWithConditionsMovesTheLifecycleAndGrantsAFourYearAward() {
        String agency = new HeardAgencies(port, jdbc, users).withReleasedSiteReport("Policía de Tepatitlán — decisión");
        String second = NewAccounts.create(users, accreditor(), Role.COMMISSIONER);
        AppClient pm = signed("calea.pm");
        String[] ids = heardToday(pm, agency, userId("comisionado"), userId(second));
        String meeting = ids[0];
        String item = ids[1];
        String decision = CommissionMeetingsTest.docket(meeting) + "/" + item + "/decision";
        String votes = "\"votes\":[{\"commissionerId\":\"" + userId("comisionado") + "\",\"vote\":\"FOR\"},"
                + "{\"commissionerId\":\"" + userId(second) + "\",\"vote\":\"ABSTAIN\"}]";
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        String conditions = "\"conditions\":[{\"text\":\"Aprobar la directiva de uso de la fuerza\",\"dueOn\":\""
                + today.plusMonths(6) + "\"}]";

        assertThat(pm.sendJson("POST", decision, "{\"outcome\":\"ACCREDITED_WITH_CONDITIONS\"," + votes + ","
                + conditions + "}", true).status()).as("the meeting is not held yet").isEqualTo(409);
        AppClient.Response hearing = pm.sendJson("PUT", CommissionMeetingsTest.docket(meeting) + "/" + item + "/hearing",
                "{\"agencyAttendees\":\"Cmdte. Prueba (titular); Lic. Ana Ruiz (gerente de acreditación)\","
                        + "\"funderNotes\":\"Traslado coordinado por la fundación\",\"questions\":\"¿Plazo para la directiva?\","
                        + "\"recommendation\":\"Acreditar con una condición\"}", true);
        assertThat(hearing.status()).as(hearing.body()).isEqualTo(200);
        move(pm, meeting, "HELD");

        assertThat(pm.sendJson("POST", decision, "{\"outcome\":\"ACCREDITED_WITH_CONDITIONS\",\"votes\":[{"
                + "\"commissionerId\":\"" + userId("comisionado") + "\",\"vote\":\"FOR\"}]," + conditions + "}", true)
                .body()).as("every panel member votes").contains("Record the vote of every member of the panel");
        assertThat(pm.sendJson("POST", decision, "{\"outcome\":\"ACCREDITED_WITH_CONDITIONS\",\"votes\":[{"
                + "\"commissionerId\":\"" + userId("comisionado") + "\",\"vote\":\"AGAINST\"},{\"commissionerId\":\""
                + userId(second) + "\",\"vote\":\"ABSTAIN\"}]," + conditions + "}", true).body())
                .contains("The motion did not carry: 0 for and 1 against.");
        assertThat(pm.sendJson("POST", decision, "{\"outcome\":\"ACCREDITED_WITH_CONDITIONS\"," + votes + "}", true)
                .body()).contains("needs at least one condition");
        assertThat(pm.sendJson("POST", decision, "{\"outcome\":\"DEFERRED\"," + votes + "}", true).body())
                .contains("Write what must happen before the re-hearing");
        assertThat(pm.sendJson("POST", decision, "{\"outcome\":\"ACCREDITED_WITH_CONDITIONS\"," + votes
                + ",\"conditions\":[{\"text\":\"x\",\"dueOn\":\"" + today.minusDays(1) + "\"}]}", true).status())
                .isEqualTo(400);
        assertThat(decisions(agency)).isZero();

        AppClient.Response decided = pm.sendJson("POST", decision, "{\"outcome\":\"ACCREDITED_WITH_CONDITIONS\","
                + votes + "," + conditions + "}", true);
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(decided.body()).contains("\"outcome\":\"ACCREDITED_WITH_CONDITIONS\"", "\"vote\":\"ABSTAIN\"",
                "Aprobar la directiva");
        assertThat(pm.getJson("/api/v1/agencies/" + agency + "/enrolments").body())
                .contains("\"phase\":\"ACCREDITED_WITH_CONDITIONS\"", "\"awardDate\":\"" + today + "\"");
        String awards = pm.getJson("/api/v1/agencies/" + agency + "/awards").body();
        assertThat(awards).contains("\"awardedOn\":\"" + today + "\"", "\"expiresOn\":\"" + today.plusYears(4) + "\"",
                "\"status\":\"ACTIVE\"", "\"text\":\"Aprobar la directiva de uso de la fuerza\"",
                "\"dueOn\":\"" + today.plusMonths(6) + "\"", "\"editionId\":\"");
        assertThat(audited("COMMISSION_VOTE_RECORDED", agency)).isEqualTo(2);
        assertThat(audited("COMMISSION_DECISION_RECORDED", agency)).isEqualTo(1);
        assertThat(audited("COMMISSION_AWARD_GRANTED", agency)).isEqualTo(1);
        assertThat(signed("gerente.policia").getJson("/api/v1/agencies/" + agency + "/awards").status())
                .as("another agency").isEqualTo(404);

        assertThat(pm.sendJson("POST", decision, "{\"outcome\":\"ACCREDITED\"," + votes + "}", true).status())
                .as("one decision per item").isEqualTo(409);
        assertThat(pm.sendJson("PUT", CommissionMeetingsTest.docket(meeting) + "/" + item + "/hearing",
                "{\"questions\":\"otra\"}", true).status()).as("the hearing is closed").isEqualTo(409);
        assertThat(pm.getJson("/api/v1/commission/meetings").body()).contains("\"decision\":\"ACCREDITED_WITH_CONDITIONS\"");

        String page = pm.get("/commission/meetings/" + meeting + "/items/" + item + "?lang=es").body();
        assertThat(page).contains("Acreditada con condiciones", "A favor: 1 · En contra: 0 · Abstenciones: 1",
                "Traslado coordinado por la fundación", "Abstención");
        assertThat(pm.get("/commission/meetings/" + meeting + "/items/" + item + "?lang=en").body())
                .contains("Accredited with conditions", "For: 1 · Against: 0 · Abstentions: 1");
        assertThat(signed("comisionado").get("/commission/meetings/" + meeting + "/items/" + item).status())
                .isEqualTo(200);
    }

    @Test
    void aDecisionTheLifecycleRefusesAnswers409AndWritesNothing() {
        String agency = new HeardAgencies(port, jdbc, users).withReleasedRemoteReview("Policía de Arandas — negada");
        AppClient pm = signed("calea.pm");
        String[] ids = heardToday(pm, agency, userId("comisionado"));
        move(pm, ids[0], "HELD");
        long events = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where agency_id = ?").param(UUID.fromString(agency))
                .query(Long.class).single());

        AppClient.Response refused = pm.sendJson("POST", CommissionMeetingsTest.docket(ids[0]) + "/" + ids[1]
                + "/decision", "{\"outcome\":\"ACCREDITED\",\"votes\":[{\"commissionerId\":\"" + userId("comisionado")
                + "\",\"vote\":\"FOR\"}]}", true);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("cannot move from \\\"Remote file review\\\" to \\\"Accredited\\\"",
                "Nothing was recorded.");
        assertThat(decisions(agency)).isZero();
        assertThat(pm.getJson("/api/v1/agencies/" + agency + "/enrolments").body())
                .contains("\"phase\":\"REMOTE_FILE_REVIEW\"");
        assertThat(pm.getJson("/api/v1/agencies/" + agency + "/awards").body()).isEqualTo("[]");
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where agency_id = ?").param(UUID.fromString(agency))
                .query(Long.class).single())).as("no audit event either").isEqualTo(events);

        assertThat(pm.postForm("/commission/meetings/" + ids[0] + "/items/" + ids[1] + "/decision", Map.of(
                "outcome", "ACCREDITED", "vote-" + userId("comisionado"), "FOR")).status()).isEqualTo(302);
        assertThat(pm.get("/commission/meetings/" + ids[0] + "/items/" + ids[1] + "?lang=es").body())
                .contains("de «Revisión documental remota» no puede pasar a «Acreditada»");
        assertThat(decisions(agency)).isZero();
    }

    @Test
    void aDeferralSendsTheAgencyBackForARehearingWithoutAnAward() {
        String agency = new HeardAgencies(port, jdbc, users).withReleasedSiteReport("Policía de Ameca — diferida");
        AppClient pm = signed("calea.pm");
        String[] ids = heardToday(pm, agency, userId("comisionado"));
        move(pm, ids[0], "HELD");
        assertThat(pm.postForm("/commission/meetings/" + ids[0] + "/items/" + ids[1] + "/decision", Map.of(
                "outcome", "DEFERRED", "vote-" + userId("comisionado"), "FOR", "requiredActions",
                "Completar las pruebas anuales del capítulo 4")).status()).isEqualTo(302);
        assertThat(pm.getJson("/api/v1/agencies/" + agency + "/enrolments").body()).contains("\"phase\":\"DEFERRED\"");
        assertThat(pm.getJson("/api/v1/agencies/" + agency + "/awards").body()).isEqualTo("[]");
        assertThat(pm.get("/commission/meetings/" + ids[0] + "/items/" + ids[1] + "?lang=es").body())
                .contains("Diferida", "Completar las pruebas anuales");
    }

    @Test
    void theCertificatePrintsInBothLanguagesAndVerifiesOnlyWithItsOwnHash() throws java.io.IOException {
        String agency = new HeardAgencies(port, jdbc, users).withReleasedSiteReport("Policía de Ocotlán — certificado");
        AppClient pm = signed("calea.pm");
        String[] ids = heardToday(pm, agency, userId("comisionado"));
        move(pm, ids[0], "HELD");
        assertThat(pm.sendJson("POST", CommissionMeetingsTest.docket(ids[0]) + "/" + ids[1] + "/decision",
                "{\"outcome\":\"ACCREDITED\",\"votes\":[{\"commissionerId\":\"" + userId("comisionado")
                        + "\",\"vote\":\"FOR\"}]}", true).status()).isEqualTo(201);
        String awards = pm.getJson("/api/v1/agencies/" + agency + "/awards").body();
        String award = SiteBasedAssessments.id(awards);
        String number = awards.replaceFirst("(?s).*\"certificateNumber\":\"([^\"]+)\".*", "$1");
        assertThat(number).matches("ACR-\\d{4}-\\d{6}");

        String spanish = pdfText(pm.get("/api/v1/awards/" + award + "/certificate?lang=es"));
        assertThat(spanish).contains("Certificado de acreditación", "Policía de Ocotlán", number, "Instituciones policiales",
                "/public/certificates/" + number + "?h=");
        String english = pdfText(pm.get("/api/v1/awards/" + award + "/certificate?lang=en"));
        assertThat(english).contains("Certificate of accreditation", "Policía de Ocotlán", number, "Valid until");
        String hash = english.replaceAll("(?s).*\\?h=([0-9a-f]{16}).*", "$1");
        assertThat(hash).hasSize(16);

        AppClient visitor = new AppClient(port);
        AppClient.Response verified = visitor.getJson("/api/v1/public/certificates/" + number + "?h=" + hash);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.body()).contains("\"status\":\"VALID\"", "Policía de Ocotlán", "\"programme\":\"LAW_ENFORCEMENT\"")
                .doesNotContain(award).doesNotContain("edition");
        assertThat(visitor.get("/public/certificates/" + number + "?h=" + hash + "&lang=en").body())
                .contains("Valid certificate", "Policía de Ocotlán");
        assertThat(visitor.get("/public/certificates/" + number + "?h=" + hash).body()).contains("Certificado vigente");

        String wrong = (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
        assertThat(visitor.getJson("/api/v1/public/certificates/" + number + "?h=" + wrong).status()).isEqualTo(404);
        assertThat(visitor.getJson("/api/v1/public/certificates/" + number).status()).isEqualTo(404);
        assertThat(visitor.getJson("/api/v1/public/certificates/ACR-1999-000001?h=" + hash).status()).isEqualTo(404);
        assertThat(visitor.get("/public/certificates/" + number + "?h=" + wrong).status()).isEqualTo(404);
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        String altered = org.acredita.commission.internal.CertificateHash.of(number, agencyName(agency),
                "LAW_ENFORCEMENT", tier(award), today, today.plusYears(10)).substring(0, 16);
        assertThat(visitor.getJson("/api/v1/public/certificates/" + number + "?h=" + altered).status())
                .as("a certificate altered to a later expiry").isEqualTo(404);
        String genuine = org.acredita.commission.internal.CertificateHash.of(number, agencyName(agency),
                "LAW_ENFORCEMENT", tier(award), today, today.plusYears(4)).substring(0, 16);
        assertThat(genuine).as("the link's hash is the content's").isEqualTo(hash);

        assertThat(signed("gerente.policia").get("/api/v1/awards/" + award + "/certificate").status()).isEqualTo(404);
        assertThat(visitor.get("/api/v1/awards/" + award + "/certificate").status()).isIn(401, 404);
        assertThat(pm.get("/api/v1/awards/" + award + "/certificate?lang=fr").status()).isEqualTo(400);
        assertThat(pm.get("/commission/meetings/" + ids[0] + "/items/" + ids[1]).body()).contains(number,
                "/api/v1/awards/" + award + "/certificate?lang=en");
    }

    private static String pdfText(AppClient.Response pdf) throws java.io.IOException {
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.bytes())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s*\\n\\s*", "");
        }
    }

    private String agencyName(String agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select name from organisation where id = ?")
                .param(UUID.fromString(agency)).query(String.class).single());
    }

    private String tier(String award) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select coalesce(tier, '') from commission_award where id = ?").param(UUID.fromString(award))
                .query(String.class).single());
    }

    /** A meeting dated today with the agency on its docket, the panel seated and the docket closed. */
    private String[] heardToday(AppClient pm, String agency, UUID... panel) {
        String meeting = SiteBasedAssessments.id(pm.sendJson("POST", "/api/v1/commission/meetings", "{\"date\":\""
                + LocalDate.now(ZoneId.of("America/Mexico_City")) + "\",\"place\":\"Sala de la Comisión\"}", true).body());
        String item = SiteBasedAssessments.id(pm.sendJson("POST", CommissionMeetingsTest.docket(meeting),
                CommissionMeetingsTest.item(agency, "INITIAL_ACCREDITATION"), true).body());
        for (UUID commissioner : panel) {
            assertThat(pm.sendJson("POST", CommissionMeetingsTest.panel(meeting, item), "{\"commissionerId\":\""
                    + commissioner + "\"}", true).status()).isEqualTo(201);
        }
        move(pm, meeting, "DOCKET_CLOSED");
        return new String[] {meeting, item};
    }

    private static void move(AppClient pm, String meeting, String status) {
        AppClient.Response moved = pm.sendJson("POST", "/api/v1/commission/meetings/" + meeting + "/status",
                "{\"status\":\"" + status + "\"}", true);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    private AppClient signed(String username) {
        return username.startsWith("prueba-") ? SiteBasedAssessments.signedNew(port, username)
                : SiteBasedAssessments.signed(port, username);
    }

    private UUID userId(String username) {
        return SiteBasedAssessments.userId(jdbc, username);
    }

    private UUID accreditor() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select organisation_id from app_user where username = 'calea.pm'").query(UUID.class).single());
    }

    private long decisions(String agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select (select count(*) from commission_decision where agency_id = ?)
                    + (select count(*) from commission_vote where agency_id = ?)
                    + (select count(*) from commission_award where agency_id = ?)""")
                .params(UUID.fromString(agency), UUID.fromString(agency), UUID.fromString(agency))
                .query(Long.class).single());
    }

    private long audited(String action, String agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = ? and agency_id = ?")
                .params(action, UUID.fromString(agency)).query(Long.class).single());
    }
}
