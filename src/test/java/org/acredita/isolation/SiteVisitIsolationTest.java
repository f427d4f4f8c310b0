package org.acredita.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
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
 * A site visit's schedule, calendar, notes and public comments stay hidden (404) from an assessor not on the team
 * and from another agency, for reads and writes, through the API and pages; a visitor without sign-in reaches
 * none of them (401 or 403 from the API, the sign-in page for pages), only the public comment page.
 */
@AcreditaIntegrationTest
class SiteVisitIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void outsidersGetNotFoundForEveryPrivatePartOfTheVisit() {
        SiteBasedAssessments fixture = SiteBasedAssessments.plan(port, jdbc, users, "Policía de El Salto "
                + UUID.randomUUID().toString().substring(0, 6));
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        AppClient leader = fixture.as(port, fixture.leader());
        assertThat(leader.sendJson("PUT", "/api/v1/assessments/" + fixture.assessmentId() + "/site-visit",
                "{\"startsOn\":\"" + today.plusDays(71) + "\",\"endsOn\":\"" + today.plusDays(72) + "\"}", true)
                .status()).isEqualTo(200);
        String base = "/api/v1/assessments/" + fixture.assessmentId();
        String item = "{\"kind\":\"INTERVIEW\",\"title\":\"X\",\"place\":\"Y\",\"startsAt\":\"" + today.plusDays(71)
                + "T09:00\",\"endsAt\":\"" + today.plusDays(71) + "T10:00\"}";
        String anyId = UUID.randomUUID().toString();

        UUID accreditor = SiteBasedAssessments.userId(jdbc, "calea.pm");
        String outsider = NewAccounts.create(users, organisationOf(accreditor), Role.ASSESSOR);
        for (AppClient stranger : new AppClient[] {SiteBasedAssessments.signedNew(port, outsider),
                SiteBasedAssessments.signed(port, "gerente.c5")}) {
            for (String path : new String[] {base + "/site-visit", base + "/schedule.ics", base + "/site-visit/notes",
                    base + "/public-comments"}) {
                assertThat(stranger.getJson(path).status()).as(path).isEqualTo(404);
            }
            assertThat(stranger.sendJson("PUT", base + "/site-visit", "{\"startsOn\":\"" + today.plusDays(80)
                    + "\",\"endsOn\":\"" + today.plusDays(81) + "\"}", true).status()).isEqualTo(404);
            assertThat(stranger.sendJson("POST", base + "/site-visit/items", item, true).status()).isEqualTo(404);
            assertThat(stranger.sendJson("POST", base + "/site-visit/notes", "{\"kind\":\"INTERVIEW\",\"body\":\"x\"}",
                    true).status()).isEqualTo(404);
            assertThat(stranger.sendJson("POST", base + "/public-comments", "{\"channel\":\"TELEPHONE\",\"body\":\"x\"}",
                    true).status()).isEqualTo(404);
            assertThat(stranger.sendJson("POST", base + "/public-comments/" + anyId + "/moderation",
                    "{\"accept\":true}", true).status()).isEqualTo(404);
            for (String page : new String[] {"/assessments/" + fixture.assessmentId() + "/visit",
                    "/assessments/" + fixture.assessmentId() + "/comments"}) {
                AppClient.Response answer = stranger.get(page);
                assertThat(answer.status()).as(page).isEqualTo(404);
                assertThat(answer.body()).doesNotContain(fixture.agencyName());
            }
            assertThat(stranger.postForm("/assessments/" + fixture.assessmentId() + "/visit/items",
                    Map.of("kind", "INTERVIEW", "title", "x")).status()).isEqualTo(404);
        }

        AppClient visitor = new AppClient(port);
        assertThat(visitor.getJson(base + "/site-visit").status()).isEqualTo(401);
        assertThat(visitor.getJson(base + "/public-comments").status()).isEqualTo(401);
        assertThat(visitor.get("/assessments/" + fixture.assessmentId() + "/visit").status()).isEqualTo(302);
        // A write without a session is stopped by CSRF before authentication: refused, nothing said of the visit.
        assertThat(visitor.sendJson("PUT", base + "/site-visit", "{}", false).status()).isIn(401, 403);
        assertThat(visitor.get("/public/comment-periods").status()).isEqualTo(200);
    }

    private UUID organisationOf(UUID userId) {
        return org.acredita.access.CurrentScope.runAs(org.acredita.access.AccessScope.SYSTEM, () -> jdbc.sql(
                "select organisation_id from app_user where id = ?").param(userId).query(UUID.class).single());
    }
}
