package org.acredita.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.SiteBasedAssessments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A site-based assessment's visit and its public comment: the notice rule, the schedule and its calendar file,
 * notes linked to the scope, the public page and API with their abuse protections, moderation, and what the
 * agency sees before and after the visit.
 */
@AcreditaIntegrationTest
class SiteVisitAndPublicCommentTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));

    SiteBasedAssessments fixture;

    @BeforeEach
    void plan() {
        fixture = SiteBasedAssessments.plan(port, jdbc, users, "Policía de Tlaquepaque " + UUID.randomUUID()
                .toString().substring(0, 6));
    }

    @Test
    void aVisitInsideTheNoticePeriodIsRefusedAndNothingIsStored() {
        AppClient leader = fixture.as(port, fixture.leader());
        AppClient.Response refused = leader.sendJson("PUT", visitPath(), days(today.plusDays(40), today.plusDays(42)),
                true);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("60 días").contains("\"field\":\"startsOn\"");
        assertThat(visits()).isZero();

        assertThat(leader.sendJson("PUT", visitPath(), days(today.plusDays(59), today.plusDays(62)), true).status())
                .isEqualTo(400);
        assertThat(visits()).isZero();
    }

    @Test
    void theLeaderSchedulesTheVisitItsItemsAndTheCalendarIsRfc5545() {
        AppClient leader = fixture.as(port, fixture.leader());
        assertThat(leader.sendJson("PUT", visitPath(), days(today.plusDays(71), today.plusDays(73)), true).status())
                .isEqualTo(200);
        AppClient.Response item = leader.sendJson("POST", visitPath() + "/items", item(today.plusDays(71),
                "Entrevista con el titular; revisión de la política, uso de la fuerza"), true);
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        AppClient.Response outside = leader.sendJson("POST", visitPath() + "/items", item(today.plusDays(75), "Tarde"),
                true);
        assertThat(outside.status()).isEqualTo(400);

        AppClient.Response ics = fixture.as(port, fixture.agencyManager())
                .get("/api/v1/assessments/" + fixture.assessmentId() + "/schedule.ics", "text/calendar");
        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        String body = ics.body();
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("BEGIN:VTIMEZONE\r\nTZID:America/Mexico_City\r\n")
                .contains("DTSTART;TZID=America/Mexico_City:" + today.plusDays(71).toString().replace("-", "")
                        + "T090000")
                .contains("UID:" + SiteBasedAssessments.id(item.body()) + "@acredita");
        assertThat(body.replace("\r\n ", "")).contains("SUMMARY:Entrevista: Entrevista con el titular\\; revisión de "
                + "la política\\, uso de la fuerza");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
    }

    @Test
    void notesNameStandardsOfTheScopeAndAnotherNumberIsRefused() {
        AppClient leader = scheduled();
        AppClient assessor = fixture.as(port, fixture.assessor());
        AppClient.Response outside = assessor.sendJson("POST", visitPath() + "/notes",
                "{\"kind\":\"INTERVIEW\",\"standards\":[\"99.9.9\"],\"body\":\"Entrevista con el jefe de turno\"}", true);
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("99.9.9").contains("alcance");
        String number = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select min(number) from assessment_scope_standard where assessment_id = ?::uuid")
                .param(fixture.assessmentId()).query(String.class).single());
        AppClient.Response saved = assessor.sendJson("POST", visitPath() + "/notes",
                "{\"kind\":\"OBSERVATION\",\"standards\":[\"" + number + "\"],\"body\":\"Pase de lista observado\"}",
                true);
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        assertThat(leader.getJson(visitPath() + "/notes").body()).contains("Pase de lista observado");
        assertThat(fixture.as(port, fixture.agencyManager()).getJson(visitPath() + "/notes").status()).isEqualTo(404);
    }

    @Test
    void thePublicCommentsWithoutSigningInWithinLimitsAndTheBodyModerates() {
        scheduled();
        String period = periodId();
        AppClient visitor = new AppClient(port).from("203.0.113." + (int) (Math.random() * 200 + 1));
        assertThat(visitor.getJson("/api/v1/public/comment-periods").body()).contains(period)
                .contains(fixture.agencyName());
        String page = visitor.get("/public/comment-periods/" + period).body();
        assertThat(page).contains(fixture.agencyName()).contains("name=\"website\"");
        assertThat(new AppClient(port).language("en").get("/public/comment-periods/" + period + "?lang=en").body())
                .contains("Comment on");

        assertThat(comment(visitor, period, "{\"body\":\"Los oficiales respondieron rápido a mi llamada.\"}")
                .status()).isEqualTo(202);
        assertThat(comment(visitor, period, "{\"body\":\"Compre barato\",\"website\":\"http://spam.example\"}")
                .status()).isEqualTo(202);
        AppClient.Response oversized = comment(visitor, period, "{\"body\":\"" + "a".repeat(4001) + "\"}");
        assertThat(oversized.status()).isEqualTo(400);
        assertThat(oversized.body()).contains("4,001").contains("4,000");
        assertThat(comment(visitor, period, "{\"body\":\"   \"}").status()).isEqualTo(400);
        assertThat(comment(visitor, UUID.randomUUID().toString(), "{\"body\":\"¿Hola?\"}").status()).isEqualTo(404);
        assertThat(comments()).isEqualTo(1);

        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        String list = pm.getJson("/api/v1/assessments/" + fixture.assessmentId() + "/public-comments").body();
        String commentId = SiteBasedAssessments.id(list);
        AppClient.Response noReason = pm.sendJson("POST", "/api/v1/assessments/" + fixture.assessmentId()
                + "/public-comments/" + commentId + "/moderation", "{\"accept\":false}", true);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(pm.sendJson("POST", "/api/v1/assessments/" + fixture.assessmentId() + "/public-comments/"
                + commentId + "/moderation", "{\"accept\":true}", true).body()).contains("\"state\":\"ACCEPTED\"");
        AppClient leader = fixture.as(port, fixture.leader());
        AppClient.Response phoned = leader.sendJson("POST", "/api/v1/assessments/" + fixture.assessmentId()
                + "/public-comments", "{\"channel\":\"TELEPHONE\",\"body\":\"Mensaje ofensivo\"}", true);
        assertThat(phoned.status()).isEqualTo(201);
        assertThat(leader.sendJson("POST", "/api/v1/assessments/" + fixture.assessmentId() + "/public-comments/"
                + SiteBasedAssessments.id(phoned.body()) + "/moderation",
                "{\"accept\":false,\"reason\":\"Lenguaje ofensivo\"}", true).body()).contains("\"state\":\"REJECTED\"");
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action in ('PUBLIC_COMMENT_ACCEPTED', 'PUBLIC_COMMENT_REJECTED') "
                        + "and agency_id = ?::uuid").param(fixture.agencyId()).query(Long.class).single())).isEqualTo(2);

        AppClient agency = fixture.as(port, fixture.agencyManager());
        assertThat(agency.getJson("/api/v1/assessments/" + fixture.assessmentId() + "/public-comments").body())
                .isEqualTo("[]");
        endTheVisit();
        String after = agency.getJson("/api/v1/assessments/" + fixture.assessmentId() + "/public-comments").body();
        assertThat(after).contains("respondieron rápido").doesNotContain("ofensivo");
        assertThat(comment(visitor, period, "{\"body\":\"Tarde\"}").status()).isEqualTo(404);
        assertThat(agency.get("/assessments/" + fixture.assessmentId() + "/comments").body())
                .contains("respondieron rápido");
    }

    @Test
    void tooManyCommentsFromOneAddressAnswer429WithRetryAfter() {
        scheduled();
        String period = periodId();
        AppClient visitor = new AppClient(port).from("198.51.100." + (int) (Math.random() * 200 + 1));
        for (int i = 0; i < org.acredita.assessments.comments.AddressRateLimit.PER_HOUR; i++) {
            assertThat(comment(visitor, period, "{\"body\":\"Comentario " + i + "\"}").status()).isEqualTo(202);
        }
        AppClient.Response limited = comment(visitor, period, "{\"body\":\"Uno más\"}");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from public_comment_rate where address_hash like '%198.51%'").query(Long.class)
                .single())).isZero();
    }

    @Test
    void thePublicFormPostsWithTheAnonymousSessionsToken() {
        scheduled();
        String period = periodId();
        AppClient visitor = new AppClient(port).from("192.0.2." + (int) (Math.random() * 200 + 1));
        visitor.get("/public/comment-periods/" + period);
        AppClient.Response sent = visitor.postForm("/public/comment-periods/" + period,
                Map.of("body", "La patrulla llegó en diez minutos.", "name", "", "contact", "", "website", ""));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(visitor.get("/public/comment-periods/" + period).body()).contains("Recibimos su comentario");
        assertThat(new AppClient(port).postFormWithoutCsrf("/public/comment-periods/" + period,
                Map.of("body", "Sin token")).status()).isEqualTo(403);
        assertThat(comments()).isEqualTo(1);
    }

    private AppClient scheduled() {
        AppClient leader = fixture.as(port, fixture.leader());
        assertThat(leader.sendJson("PUT", visitPath(), days(today.plusDays(71), today.plusDays(73)), true).status())
                .isEqualTo(200);
        return leader;
    }

    private void endTheVisit() {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                update site_visit set comments_open_at = now() - interval '80 days',
                                      comments_close_at = now() - interval '1 minute'
                where assessment_id = ?::uuid""").param(fixture.assessmentId()).update());
    }

    private String periodId() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id::text from site_visit where assessment_id = ?::uuid").param(fixture.assessmentId())
                .query(String.class).single());
    }

    private AppClient.Response comment(AppClient visitor, String period, String json) {
        return visitor.sendJson("POST", "/api/v1/public/comment-periods/" + period + "/comments", json, false);
    }

    private long visits() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from site_visit where assessment_id = ?::uuid").param(fixture.assessmentId())
                .query(Long.class).single());
    }

    private long comments() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from public_comment where agency_id = ?::uuid").param(fixture.agencyId())
                .query(Long.class).single());
    }

    private String visitPath() {
        return "/api/v1/assessments/" + fixture.assessmentId() + "/site-visit";
    }

    private static String days(LocalDate start, LocalDate end) {
        return "{\"startsOn\":\"" + start + "\",\"endsOn\":\"" + end + "\"}";
    }

    private static String item(LocalDate day, String title) {
        return "{\"kind\":\"INTERVIEW\",\"title\":\"" + title + "\",\"place\":\"Comandancia Centro, Av. Niños Héroes "
                + "150, San Pedro Tlaquepaque\",\"startsAt\":\"" + day + "T09:00\",\"endsAt\":\"" + day + "T10:30\","
                + "\"agencyPeople\":\"Cmdte. Prueba (titular)\",\"notes\":\"Traer organigrama\"}";
    }
}
