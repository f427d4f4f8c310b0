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
 * Meetings and dockets: programme managers plan a meeting, put agencies whose report is released on its docket
 * and seat panels; a commissioner who declared a conflict with the agency is refused a seat (409, saying why);
 * commissioners see only the meetings and items whose panel they sit on; every change is audited.
 */
@AcreditaIntegrationTest
class CommissionMeetingsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void aMeetingNeedsADateAndAPlaceOrAnHttpsLinkWithTheReasonInTheCallersLanguage() {
        AppClient pm = signed("calea.pm");
        AppClient.Response noPlace = pm.sendJson("POST", "/api/v1/commission/meetings",
                "{\"date\":\"" + future(30) + "\"}", true);
        assertThat(noPlace.status()).isEqualTo(400);
        assertThat(noPlace.body()).contains("Give the place or the virtual meeting");
        AppClient.Response badLink = signed("calea.pm").language("en").sendJson("POST", "/api/v1/commission/meetings",
                "{\"date\":\"" + future(30) + "\",\"virtualLink\":\"javascript:alert(1)\"}", true);
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.body()).contains("complete https address");
        assertThat(pm.sendJson("POST", "/api/v1/commission/meetings", "{\"place\":\"CDMX\"}", true).status())
                .isEqualTo(400);
        assertThat(pm.sendJson("POST", "/api/v1/commission/meetings", "{\"date\":\"" + future(30)
                + "\",\"place\":\"CDMX\",\"timeZone\":\"Marte/Olimpo\"}", true).status()).isEqualTo(400);
        AppClient.Response planned = pm.sendJson("POST", "/api/v1/commission/meetings", "{\"date\":\"" + future(30)
                + "\",\"startsAt\":\"10:00\",\"timeZone\":\"America/Tijuana\",\"virtualLink\":\"https://meet.example/c\"}",
                true);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        assertThat(planned.body()).contains("\"status\":\"PLANNED\"", "\"timeZone\":\"America/Tijuana\"",
                "\"docket\":[]");
        assertThat(audited("COMMISSION_MEETING_PLANNED", SiteBasedAssessments.id(planned.body()))).isEqualTo(1);
    }

    @Test
    void onlyAgenciesWithAReleasedReportGoOnTheDocketAndOnlyOnce() {
        HeardAgencies agencies = new HeardAgencies(port, jdbc, users);
        String heard = agencies.withReleasedSiteReport("Policía de Zapopan — comisión");
        String notYet = agencies.readyForReview("Policía de Tonalá — comisión");
        AppClient pm = signed("calea.pm");
        String meeting = meeting(pm, future(40));

        AppClient.Response refused = pm.sendJson("POST", docket(meeting), item(notYet, "INITIAL_ACCREDITATION"), true);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("has no released assessment report");
        assertThat(pm.sendJson("POST", docket(meeting), item(heard, "SUSPENSION"), true).body())
                .as("no award to suspend").contains("holds no award to review");

        AppClient.Response added = pm.sendJson("POST", docket(meeting), item(heard, "INITIAL_ACCREDITATION"), true);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(added.body()).contains("\"reason\":\"INITIAL_ACCREDITATION\"", "\"assessmentId\":\"");
        AppClient.Response twice = signed("calea.pm").language("en").sendJson("POST", docket(meeting),
                item(heard, "INITIAL_ACCREDITATION"), true);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("is already on this meeting's docket");
        assertThat(audited("COMMISSION_DOCKET_ITEM_ADDED", SiteBasedAssessments.id(added.body()))).isEqualTo(1);

        assertThat(pm.sendJson("POST", "/api/v1/commission/meetings/" + meeting + "/status",
                "{\"status\":\"DOCKET_CLOSED\"}", true).body()).as("an item without a panel")
                .contains("has no panel yet");
        assertThat(pm.sendJson("POST", "/api/v1/commission/meetings/" + meeting + "/status",
                "{\"status\":\"HELD\"}", true).status()).as("one step at a time").isEqualTo(409);
    }

    @Test
    void aCommissionerWhoDeclaredAConflictIsNeverSeatedAndCommissionersSeeOnlyTheirItems() {
        HeardAgencies agencies = new HeardAgencies(port, jdbc, users);
        String heard = agencies.withReleasedSiteReport("Policía de Tlajomulco — panel");
        String other = agencies.withReleasedSiteReport("Policía de El Salto — panel");
        AppClient pm = signed("calea.pm");
        String meeting = meeting(pm, LocalDate.now(ZoneId.of("America/Mexico_City")).toString());
        String item = SiteBasedAssessments.id(pm.sendJson("POST", docket(meeting), item(heard, "INITIAL_ACCREDITATION"),
                true).body());
        String otherItem = SiteBasedAssessments.id(pm.sendJson("POST", docket(meeting),
                item(other, "INITIAL_ACCREDITATION"), true).body());

        String conflicted = NewAccounts.create(users, accreditor(), Role.COMMISSIONER);
        AppClient declaring = SiteBasedAssessments.signedNew(port, conflicted);
        AppClient.Response badOther = declaring.sendJson("POST", "/api/v1/commission/conflicts",
                "{\"agencyId\":\"" + heard + "\",\"kind\":\"OTHER\"}", true);
        assertThat(badOther.status()).isEqualTo(400);
        assertThat(badOther.body()).contains("Describa el conflicto");
        AppClient.Response declared = declaring.sendJson("POST", "/api/v1/commission/conflicts",
                "{\"agencyId\":\"" + heard + "\",\"kind\":\"SAME_STATE\"}", true);
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        assertThat(declaring.sendJson("POST", "/api/v1/commission/conflicts", "{\"agencyId\":\"" + heard
                + "\",\"kind\":\"PAST_RELATION\",\"commissionerId\":\"" + userId("comisionado") + "\"}", true).status())
                .as("a commissioner declares only their own").isEqualTo(403);
        assertThat(audited("COMMISSION_CONFLICT_DECLARED", SiteBasedAssessments.id(declared.body()))).isEqualTo(1);

        AppClient.Response refused = signed("calea.pm").language("en").sendJson("POST", panel(meeting, item),
                "{\"commissionerId\":\"" + userId(conflicted) + "\"}", true);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("declared a conflict of interest with Policía de Tlajomulco",
                "(Same state)", "cannot sit on its panel");
        assertThat(seats(item)).isZero();
        assertThat(pm.postForm("/commission/meetings/" + meeting + "/docket/" + item + "/panel",
                Map.of("commissionerId", userId(conflicted).toString())).status()).isEqualTo(302);
        assertThat(pm.get("/commission/meetings/" + meeting + "?lang=es").body()).contains("declaró un conflicto de interés");
        assertThat(seats(item)).isZero();

        assertThat(pm.sendJson("POST", panel(meeting, item), "{\"commissionerId\":\"" + userId("comisionado") + "\"}",
                true).status()).isEqualTo(201);
        assertThat(pm.sendJson("POST", panel(meeting, otherItem), "{\"commissionerId\":\"" + userId(conflicted)
                + "\"}", true).status()).as("no conflict with the other agency").isEqualTo(201);
        assertThat(pm.sendJson("POST", panel(meeting, item), "{\"commissionerId\":\"" + userId("calea.pm") + "\"}",
                true).status()).as("not a commissioner").isEqualTo(400);

        String seen = signed("comisionado").getJson("/api/v1/commission/meetings/" + meeting).body();
        assertThat(seen).contains(item).doesNotContain(otherItem);
        String seenByOther = declaring.getJson("/api/v1/commission/meetings/" + meeting).body();
        assertThat(seenByOther).contains(otherItem).doesNotContain(item);

        assertThat(pm.sendJson("POST", "/api/v1/commission/meetings/" + meeting + "/status",
                "{\"status\":\"DOCKET_CLOSED\"}", true).status()).isEqualTo(200);
        assertThat(pm.sendJson("POST", "/api/v1/commission/meetings/" + meeting + "/status",
                "{\"status\":\"HELD\"}", true).status()).isEqualTo(200);
        assertThat(pm.sendJson("POST", panel(meeting, otherItem), "{\"commissionerId\":\"" + userId("comisionado")
                + "\"}", true).status()).as("the panel is fixed once the meeting is held").isEqualTo(409);
    }

    @Test
    void theMeetingPagesShowWordsInBothLanguages() {
        HeardAgencies agencies = new HeardAgencies(port, jdbc, users);
        String heard = agencies.withReleasedSiteReport("Policía de Ixtlahuacán — páginas");
        AppClient pm = signed("calea.pm");
        String meeting = meeting(pm, future(50));
        assertThat(pm.postForm("/commission/meetings/" + meeting + "/docket", Map.of("agencyId", heard, "reason",
                "INITIAL_ACCREDITATION")).status()).isEqualTo(302);
        String spanish = pm.get("/commission/meetings/" + meeting + "?lang=es").body();
        assertThat(spanish).contains("Policía de Ixtlahuacán", "Acreditación inicial", "Planeada", "sin comisionados")
                .doesNotContain("INITIAL_ACCREDITATION</", ">PLANNED<");
        String english = pm.get("/commission/meetings/" + meeting + "?lang=en").body();
        assertThat(english).contains("Initial accreditation", "Planned", "Close the docket");
        assertThat(pm.get("/commission/meetings?lang=en").body()).contains("Commission meetings", "1 agency");
        assertThat(signed("comisionado").get("/commission/meetings?lang=es").body()).contains("Sesiones de la Comisión");
    }

    @Test
    void theDemoHasThePlannedMeetingAndASecondCommissionerWithADeclaredConflict() {
        String meetings = signed("calea.pm").getJson("/api/v1/commission/meetings").body();
        assertThat(meetings).contains("\"place\":\"Sala de la Comisión, Ciudad de México\"", "\"status\":\"PLANNED\"");
        String police = org.acredita.support.DemoOrganisations.police(jdbc).toString();
        assertThat(signed("comisionada").getJson("/api/v1/commission/conflicts").body())
                .contains("\"agencyId\":\"" + police + "\"", "\"kind\":\"PAST_RELATION\"");
        assertThat(signed("comisionado").getJson("/api/v1/commission/conflicts").body()).isEqualTo("[]");
        assertThat(new AppClient(port).getJson("/v3/api-docs").body()).contains("/api/v1/commission/meetings",
                "/api/v1/commission/meetings/{id}/docket/{itemId}/decision", "/api/v1/agencies/{id}/awards");
    }

    private String meeting(AppClient pm, String date) {
        AppClient.Response planned = pm.sendJson("POST", "/api/v1/commission/meetings",
                "{\"date\":\"" + date + "\",\"place\":\"Sala de la Comisión, CDMX\"}", true);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return SiteBasedAssessments.id(planned.body());
    }

    static String docket(String meeting) {
        return "/api/v1/commission/meetings/" + meeting + "/docket";
    }

    static String panel(String meeting, String item) {
        return docket(meeting) + "/" + item + "/panel";
    }

    static String item(String agency, String reason) {
        return "{\"agencyId\":\"" + agency + "\",\"reason\":\"" + reason + "\"}";
    }

    private static String future(int days) {
        return LocalDate.now(ZoneId.of("America/Mexico_City")).plusDays(days).toString();
    }

    private AppClient signed(String username) {
        return SiteBasedAssessments.signed(port, username);
    }

    private UUID userId(String username) {
        return SiteBasedAssessments.userId(jdbc, username);
    }

    private UUID accreditor() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select organisation_id from app_user where username = 'calea.pm'").query(UUID.class).single());
    }

    private long seats(String item) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from commission_panel_seat where docket_item_id = ?").param(UUID.fromString(item))
                .query(Long.class).single());
    }

    private long audited(String action, String target) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = ? and target_id = ?").params(action, target)
                .query(Long.class).single());
    }
}
