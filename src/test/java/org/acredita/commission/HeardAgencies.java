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
import org.acredita.support.AppClient;
import org.acredita.support.NewAccounts;
import org.acredita.support.SiteBasedAssessments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * New agencies for the Commission's tests, so no test moves the demo agencies others read: one whose site-based
 * assessment report is released (the agency in the site-based assessment phase), or one only ready for review.
 */
record HeardAgencies(int port, JdbcClient jdbc, UserManagement users) {

    private static final String PROFILE = """
            {"kind":"LAW_ENFORCEMENT","level":"MUNICIPAL","stateCode":"14","swornPersonnel":180,"civilianPersonnel":30,
             "populationServed":250000,"functions":["TRAFFIC"],"chiefExecutive":"Cmdte. Prueba"}
            """;

    /** A new agency ready for review (no report). */
    String readyForReview(String name) {
        AppClient admin = SiteBasedAssessments.signed(port, "admin");
        String agency = SiteBasedAssessments.id(admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"" + name + " " + UUID.randomUUID().toString().substring(0, 6)
                        + "\",\"stateCode\":\"14\"}", true).body());
        assertThat(admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", PROFILE, true).status())
                .isEqualTo(200);
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        for (String phase : new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT",
                "SELF_ASSESSMENT", "MOCK_ASSESSMENT", "READY_FOR_REVIEW"}) {
            assertThat(admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\",\"agreementDate\":\"2026-01-15\"}", true).status()).as(phase).isEqualTo(200);
        }
        return agency;
    }

    /** A new agency whose site-based assessment report is released; returns the agency's id. */
    String withReleasedSiteReport(String name) {
        return withReleasedReport(name, true);
    }

    /** A new agency whose remote file review's report is released (the agency still in remote file review). */
    String withReleasedRemoteReview(String name) {
        return withReleasedReport(name, false);
    }

    private String withReleasedReport(String name, boolean siteBased) {
        String agency = readyForReview(name);
        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        if (siteBased) {
            assertThat(pm.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions",
                    "{\"to\":\"REMOTE_FILE_REVIEW\"}", true).status()).isEqualTo(200);
        }
        UUID accreditor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select organisation_id from app_user where username = 'calea.pm'").query(UUID.class).single());
        String leader = NewAccounts.create(users, accreditor, siteBased ? Role.TEAM_LEADER : Role.ASSESSOR);
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        AppClient.Response planned = pm.sendJson("POST", "/api/v1/agencies/" + agency + "/assessments",
                "{\"kind\":\"" + (siteBased ? "SITE_BASED_ASSESSMENT" : "REMOTE_FILE_REVIEW") + "\",\"window\":{"
                        + "\"start\":\"" + today.minusDays(20) + "\",\"end\":\""
                        + today.minusDays(1) + "\"},\"scope\":{\"mode\":\"ALL\"},\"team\":[{\"userId\":\""
                        + SiteBasedAssessments.userId(jdbc, leader) + "\",\"role\":\""
                        + (siteBased ? "TEAM_LEADER" : "ASSESSOR") + "\"}]}", true);
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String assessment = SiteBasedAssessments.id(planned.body());
        for (String status : new String[] {"IN_PROGRESS", "FINDINGS_TO_AGENCY", "REPORT_DRAFTING"}) {
            AppClient.Response moved = pm.sendJson("POST", "/api/v1/assessments/" + assessment + "/status",
                    "{\"status\":\"" + status + "\"}", true);
            assertThat(moved.status()).as(status + " " + moved.body()).isEqualTo(200);
        }
        assertThat(pm.postForm("/assessments/" + assessment + "/report/narrative", Map.of("strengthsEs",
                "Supervisión constante.", "recommendationsEs", "Fechar cada prueba anual.")).status()).isEqualTo(302);
        assertThat(pm.postForm("/assessments/" + assessment + "/report/release", Map.of()).status()).isEqualTo(302);
        assertThat(pm.getJson("/api/v1/assessments/" + assessment).body()).contains("\"status\":\"REPORT_RELEASED\"");
        return agency;
    }
}
