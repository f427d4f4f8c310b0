package org.acredita.isolation;

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
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.acredita.support.SiteBasedAssessments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Commission's meetings stay hidden from another agency's people and from a commissioner not on the meeting
 * (404 for a meeting, an empty list), who change nothing (403, nothing written); a visitor without sign-in reaches
 * none of it (401 from the API, the sign-in page for pages). After the decision, only the accreditation body lifts
 * conditions and records later decisions; the agency, its advisors and the funder read its Commission page, another
 * agency finds none of it.
 */
@AcreditaIntegrationTest
class CommissionIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void outsidersNeitherSeeNorChangeAMeeting() {
        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        String date = LocalDate.now(ZoneId.of("America/Mexico_City")).plusDays(60).toString();
        String meeting = SiteBasedAssessments.id(pm.sendJson("POST", "/api/v1/commission/meetings",
                "{\"date\":\"" + date + "\",\"place\":\"Sala reservada\"}", true).body());
        String base = "/api/v1/commission/meetings/" + meeting;
        String anyItem = UUID.randomUUID().toString();
        String police = DemoOrganisations.police(jdbc).toString();
        UUID accreditor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select organisation_id from app_user where username = 'calea.pm'").query(UUID.class).single());
        String loneCommissioner = NewAccounts.create(users, accreditor, Role.COMMISSIONER);
        long before = rows();

        for (AppClient stranger : new AppClient[] {SiteBasedAssessments.signed(port, "gerente.c5"),
                SiteBasedAssessments.signed(port, "gerente.policia"), SiteBasedAssessments.signed(port, "financiador"),
                SiteBasedAssessments.signedNew(port, loneCommissioner)}) {
            assertThat(stranger.getJson("/api/v1/commission/meetings").body()).doesNotContain(meeting);
            assertThat(stranger.getJson(base).status()).isEqualTo(404);
            assertThat(stranger.get("/commission/meetings/" + meeting).status()).isEqualTo(404);
            assertThat(stranger.get("/commission/meetings").body()).doesNotContain("Sala reservada");
            assertThat(stranger.sendJson("POST", "/api/v1/commission/meetings",
                    "{\"date\":\"" + date + "\",\"place\":\"X\"}", true).status()).isEqualTo(403);
            assertThat(stranger.sendJson("POST", base + "/docket", "{\"agencyId\":\"" + police
                    + "\",\"reason\":\"INITIAL_ACCREDITATION\"}", true).status()).isEqualTo(403);
            assertThat(stranger.sendJson("POST", base + "/docket/" + anyItem + "/panel", "{\"commissionerId\":\""
                    + UUID.randomUUID() + "\"}", true).status()).isEqualTo(403);
            assertThat(stranger.sendJson("POST", base + "/status", "{\"status\":\"DOCKET_CLOSED\"}", true).status())
                    .isEqualTo(403);
            assertThat(stranger.postForm("/commission/meetings/" + meeting + "/docket", Map.of("agencyId", police,
                    "reason", "INITIAL_ACCREDITATION")).status()).isEqualTo(403);
            assertThat(stranger.getJson(base + "/docket/" + anyItem).status()).isEqualTo(404);
            assertThat(stranger.get("/api/v1/awards/" + anyItem + "/certificate").status()).isEqualTo(404);
            assertThat(stranger.get("/commission/meetings/" + meeting + "/items/" + anyItem).status()).isEqualTo(404);
            assertThat(stranger.get(base + "/docket/" + anyItem + "/packet?lang=es").status()).isEqualTo(404);
            assertThat(stranger.get("/commission/meetings/" + meeting + "/items/" + anyItem + "/packet").status())
                    .isEqualTo(404);
            assertThat(stranger.sendJson("PUT", base + "/docket/" + anyItem + "/hearing", "{\"questions\":\"x\"}",
                    true).status()).isEqualTo(403);
            assertThat(stranger.sendJson("POST", base + "/docket/" + anyItem + "/decision",
                    "{\"outcome\":\"ACCREDITED\",\"votes\":[]}", true).status()).isEqualTo(403);
            assertThat(stranger.postForm("/commission/meetings/" + meeting + "/items/" + anyItem + "/decision",
                    Map.of("outcome", "ACCREDITED")).status()).isEqualTo(403);
        }
        assertThat(SiteBasedAssessments.signed(port, "gerente.c5").getJson("/api/v1/agencies/" + police + "/awards")
                .status()).as("another agency's awards").isEqualTo(404);
        assertThat(SiteBasedAssessments.signed(port, "gerente.policia").getJson("/api/v1/agencies/" + police
                + "/awards").status()).as("its own").isEqualTo(200);
        AppClient agencyManager = SiteBasedAssessments.signed(port, "gerente.c5");
        assertThat(agencyManager.sendJson("POST", "/api/v1/commission/conflicts", "{\"agencyId\":\"" + police
                + "\",\"kind\":\"SAME_STATE\"}", true).status()).as("only commissioners declare").isEqualTo(403);
        assertThat(agencyManager.getJson("/api/v1/commission/conflicts").body()).isEqualTo("[]");
        AppClient lone = SiteBasedAssessments.signedNew(port, loneCommissioner);
        assertThat(lone.sendJson("POST", "/api/v1/commission/conflicts", "{\"agencyId\":\"" + UUID.randomUUID()
                + "\",\"kind\":\"SAME_STATE\"}", true).status()).as("an unknown agency").isEqualTo(404);
        assertThat(rows()).as("nothing written").isEqualTo(before);

        AppClient visitor = new AppClient(port);
        assertThat(visitor.getJson("/api/v1/commission/meetings").status()).isEqualTo(401);
        assertThat(visitor.getJson(base).status()).isEqualTo(401);
        assertThat(visitor.getJson("/api/v1/commission/conflicts").status()).isEqualTo(401);
        assertThat(visitor.getJson(base + "/docket/" + anyItem).status()).isEqualTo(401);
        assertThat(visitor.getJson("/api/v1/agencies/" + police + "/awards").status()).isEqualTo(401);
        assertThat(visitor.get("/api/v1/awards/" + anyItem + "/certificate").status()).isEqualTo(401);
        assertThat(visitor.get(base + "/docket/" + anyItem + "/packet").status()).isEqualTo(401);
        assertThat(visitor.get("/commission/meetings/" + meeting + "/items/" + anyItem + "/packet").status())
                .isEqualTo(302);
        assertThat(visitor.getJson("/api/v1/public/certificates/ACR-2026-000001?h=0000000000000000").status())
                .as("the public verification needs no sign-in and names nothing unknown").isEqualTo(404);
        assertThat(visitor.sendJson("POST", base + "/docket/" + anyItem + "/decision", "{}", false).status())
                .isIn(401, 403);
        assertThat(visitor.get("/commission/meetings").status()).isEqualTo(302);
        assertThat(visitor.get("/commission/meetings/" + meeting).status()).isEqualTo(302);
        assertThat(visitor.sendJson("POST", "/api/v1/commission/meetings", "{}", false).status()).isIn(401, 403);
        assertThat(visitor.sendJson("POST", base + "/docket", "{}", false).status()).isIn(401, 403);
    }

    @Test
    void awardsAfterTheDecisionAreChangedOnlyByTheAccreditationBodyAndReadOnlyByTheirAgencysPeople() {
        UUID police = DemoOrganisations.police(jdbc);
        String award = system("select id::text from commission_award where agency_id = ? order by awarded_on desc"
                + " limit 1", police);
        String condition = system("select c.id::text from commission_condition c join commission_award a on"
                + " a.decision_id = c.decision_id where a.agency_id = ? limit 1", police);
        String programme = system("select id::text from funded_programme where name like '%demostración%'"
                + " and ? is not null", police);
        String today = LocalDate.now(ZoneId.of("America/Mexico_City")).toString();
        long before = awardRows();

        for (AppClient outsider : new AppClient[] {SiteBasedAssessments.signed(port, "gerente.policia"),
                SiteBasedAssessments.signed(port, "titular.policia"), SiteBasedAssessments.signed(port, "gerente.c5"),
                SiteBasedAssessments.signed(port, "asesor"), SiteBasedAssessments.signed(port, "financiador"),
                SiteBasedAssessments.signed(port, "comisionado")}) {
            assertThat(outsider.sendJson("POST", "/api/v1/commission/conditions/" + condition + "/lift",
                    "{\"note\":\"x\"}", true).status()).isEqualTo(403);
            assertThat(outsider.sendJson("POST", "/api/v1/awards/" + award + "/standing", "{\"change\":\"SUSPENDED\","
                    + "\"decidedOn\":\"" + today + "\",\"reason\":\"x\"}", true).status()).isEqualTo(403);
            assertThat(outsider.postForm("/agencies/" + police + "/commission/conditions/" + condition + "/lift",
                    Map.of("note", "x")).status()).isEqualTo(403);
            assertThat(outsider.postForm("/agencies/" + police + "/commission/awards/" + award + "/standing",
                    Map.of("change", "REVOKED", "decidedOn", today, "reason", "x")).status()).isEqualTo(403);
        }
        assertThat(awardRows()).as("nothing written").isEqualTo(before);

        AppClient otherAgency = SiteBasedAssessments.signed(port, "gerente.c5");
        assertThat(otherAgency.get("/agencies/" + police + "/commission").status()).isEqualTo(404);
        assertThat(otherAgency.getJson("/api/v1/agencies/" + police + "/commission/appearances").status())
                .isEqualTo(404);
        assertThat(otherAgency.getJson("/api/v1/programmes/" + programme + "/awards").body())
                .as("a fellow member of the programme sees only its own agency's").doesNotContain(police.toString());
        assertThat(otherAgency.get("/programmes/" + programme + "/awards").body()).doesNotContain("Querétaro");
        assertThat(otherAgency.getJson("/api/v1/programmes/" + UUID.randomUUID() + "/awards").status())
                .isEqualTo(404);
        for (String reader : new String[] {"gerente.policia", "asesor", "financiador"}) {
            AppClient person = SiteBasedAssessments.signed(port, reader);
            assertThat(person.get("/agencies/" + police + "/commission").status()).as(reader).isEqualTo(200);
            assertThat(person.get("/agencies/" + police + "/commission").body()).as(reader)
                    .doesNotContain("data-testid=\"lift-form\"", "data-testid=\"standing-form\"");
            assertThat(person.getJson("/api/v1/agencies/" + police + "/commission/appearances").status()).as(reader)
                    .isEqualTo(200);
        }
        AppClient funder = SiteBasedAssessments.signed(port, "financiador");
        assertThat(funder.getJson("/api/v1/programmes/" + programme + "/awards").body())
                .contains(police.toString(), "\"outcome\":\"ACCREDITED_WITH_CONDITIONS\"");
        assertThat(funder.get("/programmes/" + programme + "/awards").body()).contains("Querétaro");

        AppClient visitor = new AppClient(port);
        assertThat(visitor.getJson("/api/v1/agencies/" + police + "/commission/appearances").status()).isEqualTo(401);
        assertThat(visitor.getJson("/api/v1/programmes/" + programme + "/awards").status()).isEqualTo(401);
        assertThat(visitor.get("/agencies/" + police + "/commission").status()).isEqualTo(302);
        assertThat(visitor.get("/programmes/" + programme + "/awards").status()).isEqualTo(302);
        assertThat(visitor.sendJson("POST", "/api/v1/commission/conditions/" + condition + "/lift", "{}", false)
                .status()).isIn(401, 403);
        assertThat(visitor.sendJson("POST", "/api/v1/awards/" + award + "/standing", "{}", false).status())
                .isIn(401, 403);
        assertThat(awardRows()).isEqualTo(before);
    }

    private String system(String sql, UUID agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(sql).param(agency).query(String.class).single());
    }

    private long awardRows() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select (select count(*) from commission_award_event)
                    + (select count(*) from commission_condition where lifted_on is not null)
                    + (select count(*) from commission_award where status <> 'ACTIVE')""")
                .query(Long.class).single());
    }

    @Test
    void anotherAgencysAnnualReportsReviewsAndReaccreditationAreNotFoundAndOutsidersChangeNothing() {
        String police = DemoOrganisations.police(jdbc).toString();
        String reports = "/api/v1/agencies/" + police + "/annual-reports";
        long before = annualRows();
        for (AppClient stranger : new AppClient[] {SiteBasedAssessments.signed(port, "gerente.c5"),
                SiteBasedAssessments.signed(port, "gerente.academia")}) {
            assertThat(stranger.getJson(reports).status()).isEqualTo(404);
            assertThat(stranger.sendJson("PUT", reports + "/1", "{}", true).status()).isEqualTo(404);
            assertThat(stranger.sendJson("POST", reports + "/1/signature", "", true).status()).isEqualTo(404);
            assertThat(stranger.sendJson("POST", reports + "/1/decision", "{\"outcome\":\"ACCEPTED\"}", true)
                    .status()).isEqualTo(404);
            assertThat(stranger.sendJson("POST", "/api/v1/agencies/" + police + "/annual-reviews", "{}", true)
                    .status()).isEqualTo(404);
            assertThat(stranger.sendJson("POST", "/api/v1/agencies/" + police + "/reaccreditation", "{}", true)
                    .status()).isEqualTo(404);
            assertThat(stranger.get("/agencies/" + police + "/annual-reports").status()).isEqualTo(404);
            assertThat(stranger.postForm("/agencies/" + police + "/annual-reports/1/signature", Map.of()).status())
                    .isEqualTo(404);
        }
        AppClient funder = SiteBasedAssessments.signed(port, "financiador");
        assertThat(funder.getJson(reports).status()).as("the funder reads").isEqualTo(200);
        assertThat(funder.sendJson("POST", reports + "/1/signature", "", true).status()).isEqualTo(403);
        assertThat(funder.sendJson("PUT", reports + "/1", "{}", true).status()).isEqualTo(403);
        assertThat(funder.sendJson("POST", reports + "/1/decision", "{\"outcome\":\"ACCEPTED\"}", true).status())
                .isEqualTo(403);
        assertThat(funder.sendJson("POST", "/api/v1/agencies/" + police + "/annual-reviews", "{}", true).status())
                .isEqualTo(403);
        assertThat(funder.sendJson("POST", "/api/v1/agencies/" + police + "/reaccreditation", "{}", true).status())
                .isEqualTo(403);
        AppClient staff = SiteBasedAssessments.signed(port, "personal.policia");
        assertThat(staff.sendJson("POST", reports + "/1/signature", "", true).status()).as("its own staff")
                .isEqualTo(403);
        assertThat(staff.sendJson("PUT", reports + "/1", "{}", true).status()).isEqualTo(403);
        assertThat(annualRows()).as("nothing written").isEqualTo(before);

        AppClient visitor = new AppClient(port);
        assertThat(visitor.getJson(reports).status()).isEqualTo(401);
        assertThat(visitor.sendJson("POST", reports + "/1/signature", "", false).status()).isIn(401, 403);
        assertThat(visitor.sendJson("POST", "/api/v1/agencies/" + police + "/annual-reviews", "{}", false).status())
                .isIn(401, 403);
        assertThat(visitor.get("/agencies/" + police + "/annual-reports").status()).isEqualTo(302);
    }

    private long annualRows() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select (select count(*) from annual_report) + (select count(*) from annual_report_shortfall)
                    + (select count(*) from assessment)""").query(Long.class).single());
    }

    private long rows() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select (select count(*) from commission_meeting) + (select count(*) from commission_docket_item)
                    + (select count(*) from commission_panel_seat) + (select count(*) from commission_conflict)
                    + (select count(*) from commission_hearing) + (select count(*) from commission_decision)""")
                .query(Long.class).single());
    }
}
