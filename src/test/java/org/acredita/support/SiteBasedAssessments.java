package org.acredita.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A new agency ready for review with a planned site-based assessment: its team leader and one assessor (new
 * accounts of the accreditation body), the window from 20 to 100 days ahead, every applicable standard in scope.
 */
public record SiteBasedAssessments(String agencyId, String assessmentId, String leader, String assessor,
        String agencyManager, String agencyName) {

    private static final String PROFILE = """
            {"kind":"LAW_ENFORCEMENT","level":"MUNICIPAL","stateCode":"14","swornPersonnel":180,"civilianPersonnel":30,
             "populationServed":250000,"functions":["TRAFFIC"],"chiefExecutive":"Cmdte. Prueba"}
            """;

    public static SiteBasedAssessments plan(int port, JdbcClient jdbc, UserManagement users, String name) {
        AppClient admin = signed(port, "admin");
        String agency = id(admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"" + name + "\",\"stateCode\":\"14\"}", true).body());
        assertThat(admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", PROFILE, true).status())
                .isEqualTo(200);
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        for (String phase : new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT",
                "SELF_ASSESSMENT", "MOCK_ASSESSMENT", "READY_FOR_REVIEW"}) {
            assertThat(admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\",\"agreementDate\":\"2026-01-15\"}", true).status()).as(phase).isEqualTo(200);
        }
        UUID accreditor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select organisation_id from app_user where username = 'calea.pm'").query(UUID.class).single());
        String leader = NewAccounts.create(users, accreditor, Role.TEAM_LEADER);
        String assessor = NewAccounts.create(users, accreditor, Role.ASSESSOR);
        String manager = NewAccounts.create(users, UUID.fromString(agency), Role.ACCREDITATION_MANAGER);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Mexico_City"));
        AppClient pm = signed(port, "calea.pm");
        AppClient.Response planned = pm.sendJson("POST", "/api/v1/agencies/" + agency + "/assessments",
                "{\"kind\":\"SITE_BASED_ASSESSMENT\",\"window\":{\"start\":\"" + today.plusDays(20) + "\",\"end\":\""
                        + today.plusDays(100) + "\"},\"scope\":{\"mode\":\"ALL\"},\"team\":[{\"userId\":\""
                        + userId(jdbc, leader) + "\",\"role\":\"TEAM_LEADER\"},{\"userId\":\"" + userId(jdbc, assessor)
                        + "\",\"role\":\"ASSESSOR\"}]}", true);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        return new SiteBasedAssessments(agency, id(planned.body()), leader, assessor, manager, name);
    }

    public AppClient as(int port, String username) {
        return username.startsWith("prueba-") ? signedNew(port, username) : signed(port, username);
    }

    public static AppClient signed(int port, String username) {
        AppClient client = AppClient.signedIn(port, username);
        client.get("/profile");
        return client;
    }

    public static AppClient signedNew(int port, String username) {
        AppClient client = AppClient.signedIn(port, username, NewAccounts.PASSWORD);
        client.get("/profile");
        return client;
    }

    public static UUID userId(JdbcClient jdbc, String username) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select id from app_user where username = ?")
                .param(username).query(UUID.class).single());
    }

    public static String id(String json) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).as(json).isTrue();
        return matcher.group(1);
    }
}
