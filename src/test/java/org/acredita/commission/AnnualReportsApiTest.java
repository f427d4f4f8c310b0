package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.commission.continued.AnnualReportSchedule;
import org.acredita.commission.continued.SignedText;
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
 * The year's annual status report through the API: prepared by the accreditation manager, signed by the chief
 * executive only (403 for the manager, 404 for another agency), the signature recorded with the SHA-256 of the text
 * signed; returned with a reason, signed again and accepted by the accreditation body; audited and notified.
 */
@AcreditaIntegrationTest
class AnnualReportsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void theChiefExecutiveSignsTheManagersReportAndTheBodyReturnsThenAcceptsIt() {
        String agency = new HeardAgencies(port, jdbc, users).readyForReview("Policía de Colima — informe anual");
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        LocalDate awarded = today.minusYears(1).plusDays(20);
        PastAwards.granted(jdbc, UUID.fromString(agency), awarded);
        AppClient manager = SiteBasedAssessments.signedNew(port, NewAccounts.create(users, UUID.fromString(agency),
                Role.ACCREDITATION_MANAGER));
        AppClient chief = SiteBasedAssessments.signedNew(port, NewAccounts.create(users, UUID.fromString(agency),
                Role.AGENCY_CEO));
        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        String base = "/api/v1/agencies/" + agency + "/annual-reports";

        String listed = manager.getJson(base).body();
        assertThat(listed).contains("\"year\":1", "\"year\":2", "\"year\":3", "\"status\":\"NOT_STARTED\"",
                "\"dueOn\":\"" + AnnualReportSchedule.dueOn(awarded, 1) + "\"", "\"overdue\":false");
        assertThat(chief.sendJson("POST", base + "/1/signature", "", true).status()).as("nothing drafted")
                .isEqualTo(409);
        assertThat(manager.sendJson("PUT", base + "/2", "{}", true).status()).as("year 2 is not open yet")
                .isEqualTo(409);

        AppClient.Response drafted = manager.sendJson("PUT", base + "/1", "{\"changes\":{\"chiefExecutive\":"
                + "\"Nuevo titular desde marzo\"}}", true);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        List<String> shortfalls = numbers(drafted.body());
        assertThat(shortfalls).as("a file in self-assessment has standards not in compliance").isNotEmpty();
        assertThat(chief.sendJson("POST", base + "/1/signature", "", true).body())
                .contains("Escriba el motivo y la acción correctiva de la norma " + shortfalls.get(0));

        StringBuilder explanations = new StringBuilder();
        for (String number : shortfalls) {
            explanations.append(explanations.isEmpty() ? "" : ",").append("\"").append(number)
                    .append("\":{\"reason\":\"Rotación del personal\",\"correctiveAction\":\"Capacitación en junio\"}");
        }
        assertThat(manager.sendJson("PUT", base + "/1", "{\"changes\":{\"chiefExecutive\":\"Nuevo titular desde "
                + "marzo\"},\"explanations\":{" + explanations + "}}", true).status()).isEqualTo(200);

        assertThat(manager.sendJson("POST", base + "/1/signature", "", true).status()).as("the manager")
                .isEqualTo(403);
        assertThat(pm.sendJson("POST", base + "/1/signature", "", true).status()).as("the body").isEqualTo(403);
        AppClient other = SiteBasedAssessments.signed(port, "gerente.c5");
        assertThat(other.sendJson("POST", base + "/1/signature", "", true).status()).as("another agency")
                .isEqualTo(404);
        assertThat(other.getJson(base).status()).isEqualTo(404);
        assertThat(audited("ANNUAL_REPORT_SIGNED", agency)).isZero();

        AppClient.Response signed = chief.sendJson("POST", base + "/1/signature", "", true);
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        assertThat(signed.body()).contains("\"status\":\"SIGNED\"", "\"signedAt\":", "Rotación del personal");
        String sha = signed.body().replaceAll(".*\"sha256\":\"([0-9a-f]{64})\".*", "$1");
        String text = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select signed_text from annual_report where agency_id = ?::uuid and year = 1").param(agency)
                .query(String.class).single());
        assertThat(SignedText.sha256(text)).as("the hash is of the text signed").isEqualTo(sha);
        assertThat(text).contains("Nuevo titular desde marzo", "Capacitación en junio");
        assertThat(chief.sendJson("POST", base + "/1/signature", "", true).status()).as("signed once").isEqualTo(409);
        assertThat(manager.sendJson("PUT", base + "/1", "{}", true).status()).as("no edits once signed")
                .isEqualTo(409);
        assertThat(notified("ANNUAL_REPORT_SIGNED", agency)).as("the programme managers are told").isPositive();

        assertThat(chief.sendJson("POST", base + "/1/decision", "{\"outcome\":\"ACCEPTED\"}", true).status())
                .as("only the body decides").isEqualTo(403);
        assertThat(pm.sendJson("POST", base + "/1/decision", "{\"outcome\":\"RETURNED\"}", true).body())
                .contains("Write why the report is returned");
        AppClient.Response returned = pm.sendJson("POST", base + "/1/decision",
                "{\"outcome\":\"RETURNED\",\"reason\":\"Falta el organigrama nuevo\"}", true);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.body()).contains("\"status\":\"RETURNED\"", "Falta el organigrama nuevo",
                "\"signature\":null");
        assertThat(notified("ANNUAL_REPORT_RETURNED", agency)).isPositive();
        assertThat(chief.sendJson("POST", base + "/1/signature", "", true).status()).isEqualTo(201);
        assertThat(pm.sendJson("POST", base + "/1/decision", "{\"outcome\":\"ACCEPTED\"}", true).body())
                .contains("\"status\":\"ACCEPTED\"");
        assertThat(audited("ANNUAL_REPORT_SIGNED", agency)).isEqualTo(2);
        assertThat(audited("ANNUAL_REPORT_RETURNED", agency)).isEqualTo(1);
        assertThat(audited("ANNUAL_REPORT_ACCEPTED", agency)).isEqualTo(1);

        String page = manager.get("/agencies/" + agency + "/annual-reports?lang=es").body();
        assertThat(page).contains("Informe del año 1", "Aceptado", "SHA-256 ");
        assertThat(manager.get("/agencies/" + agency + "/annual-reports?lang=en").body())
                .contains("Year 1 report", "Accepted");
    }

    @Test
    void anUnsignedReportPastItsDueDateIsOverdue() {
        String agency = new HeardAgencies(port, jdbc, users).readyForReview("Policía de Manzanillo — vencido");
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        PastAwards.granted(jdbc, UUID.fromString(agency), today.minusYears(1).minusDays(40));
        String listed = SiteBasedAssessments.signed(port, "calea.pm").getJson("/api/v1/agencies/" + agency
                + "/annual-reports").body();
        assertThat(listed).contains("\"year\":1,\"anniversary\"").contains("\"overdue\":true");
        assertThat(SiteBasedAssessments.signed(port, "calea.pm").get("/agencies/" + agency + "?lang=es").body())
                .contains("1 informe anual vencido sin firmar");
    }

    @Test
    void theDemoPoliceOfColimaIsInItsSecondYearWithYearOneAcceptedAndYearTwoDrafted() {
        UUID colima = org.acredita.support.DemoOrganisations.id(jdbc, "Colima");
        String listed = SiteBasedAssessments.signed(port, "calea.pm").getJson("/api/v1/agencies/" + colima
                + "/annual-reports").body();
        assertThat(listed).contains("\"year\":1,").contains("\"status\":\"ACCEPTED\"")
                .contains("\"status\":\"DRAFT\"").contains("\"overdue\":false").doesNotContain("\"overdue\":true");
        assertThat(SiteBasedAssessments.signed(port, "calea.pm").getJson("/api/v1/agencies/" + colima + "/awards")
                .body()).contains("\"status\":\"ACTIVE\"", "\"certificateNumber\":\"ACR-");
        String page = SiteBasedAssessments.signed(port, "financiador").get("/agencies/" + colima
                + "/annual-reports?lang=en").body();
        assertThat(page).contains("Year 1 report", "Accepted", "Signed by the agency's chief executive on",
                "Year 2 report", "Draft");
        assertThat(SiteBasedAssessments.signed(port, "financiador").get("/agencies/" + colima + "?lang=es").body())
                .as("the agency's page links its reports").contains("1 informe anual en preparación",
                        "/agencies/" + colima + "/annual-reports");
    }

    @Test
    void eachYearsReviewSamplesStandardsNotYetReviewedAndTheReaccreditationIsScheduledInYearFour() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        String agency = accredited("Policía de Tecomán — ciclo", today.minusYears(3).minusMonths(4));
        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        UUID accreditor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select organisation_id from app_user where username = 'calea.pm'").query(UUID.class).single());
        UUID assessor = SiteBasedAssessments.userId(jdbc, NewAccounts.create(users, accreditor, Role.ASSESSOR));
        UUID leader = SiteBasedAssessments.userId(jdbc, NewAccounts.create(users, accreditor, Role.TEAM_LEADER));
        String reviews = "/api/v1/agencies/" + agency + "/annual-reviews";
        AppClient.Response first = pm.sendJson("POST", reviews, "{\"userId\":\"" + assessor + "\",\"windowStart\":\""
                + today + "\",\"windowEnd\":\"" + today.plusDays(14) + "\"}", true);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"kind\":\"REMOTE_FILE_REVIEW\"", "\"status\":\"PLANNED\"");
        assertThat(SiteBasedAssessments.signed(port, "gerente.c5").sendJson("POST", reviews, "{}", true).status())
                .isEqualTo(404);
        assertThat(pm.sendJson("POST", reviews, "{\"userId\":\"" + assessor + "\",\"windowStart\":\""
                + today.plusYears(1) + "\",\"windowEnd\":\"" + today.plusYears(1).plusDays(5) + "\"}", true).status())
                .as("after the award's term").isEqualTo(400);
        long applicable = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select count(*) from file_standard s join accreditation_file f on f.id = s.file_id
                where f.agency_id = ?::uuid and s.number not like '999.%'""").param(agency).query(Long.class).single());
        long scoped = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from assessment_scope_standard where agency_id = ?::uuid").param(agency).query(Long.class)
                .single());
        assertThat(scoped).as("the year-four review takes every standard not yet reviewed").isEqualTo(applicable);

        String reaccreditation = "/api/v1/agencies/" + agency + "/reaccreditation";
        assertThat(pm.sendJson("POST", reaccreditation, "{\"userId\":\"" + leader + "\",\"windowStart\":\""
                + today.plusDays(30) + "\",\"windowEnd\":\"" + today.plusYears(1) + "\"}", true).status())
                .as("ending after expiry").isEqualTo(400);
        AppClient.Response scheduled = pm.sendJson("POST", reaccreditation, "{\"userId\":\"" + leader
                + "\",\"windowStart\":\"" + today + "\",\"windowEnd\":\"" + today.plusDays(4) + "\"}", true);
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        assertThat(scheduled.body()).contains("\"kind\":\"SITE_BASED_ASSESSMENT\"");
        assertThat(pm.getJson("/api/v1/agencies/" + agency + "/enrolments").body())
                .contains("\"phase\":\"YEAR_FOUR_ASSESSMENT\"");
        AppClient.Response started = pm.sendJson("POST", "/api/v1/assessments/" + SiteBasedAssessments.id(
                scheduled.body()) + "/status", "{\"status\":\"IN_PROGRESS\"}", true);
        assertThat(started.status()).as("the year-four assessment starts in its phase: " + started.body())
                .isEqualTo(200);
        assertThat(pm.getJson("/api/v1/agencies/" + agency + "/enrolments").body())
                .contains("\"phase\":\"YEAR_FOUR_ASSESSMENT\"");
    }

    /** A new agency accredited on that day (its lifecycle and a Commission award), with its file. */
    private String accredited(String name, LocalDate awardedOn) {
        String agency = new HeardAgencies(port, jdbc, users).readyForReview(name);
        AppClient admin = SiteBasedAssessments.signed(port, "admin");
        for (String phase : new String[] {"REMOTE_FILE_REVIEW", "SITE_BASED_ASSESSMENT", "REPORT",
                "HEARING_SCHEDULED", "ACCREDITED"}) {
            AppClient.Response moved = admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions",
                    "{\"to\":\"" + phase + "\",\"hearingDate\":\"" + awardedOn.minusDays(1) + "\",\"awardDate\":\""
                            + awardedOn + "\"}", true);
            assertThat(moved.status()).as(phase + " " + moved.body()).isEqualTo(200);
        }
        PastAwards.granted(jdbc, UUID.fromString(agency), awardedOn);
        return agency;
    }

    private static List<String> numbers(String json) {
        Matcher m = Pattern.compile("\"number\":\"([^\"]+)\"").matcher(json);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private long audited(String action, String agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = ? and agency_id = ?::uuid").params(action, agency)
                .query(Long.class).single());
    }

    private long notified(String kind, String agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from notification where kind = ? and agency_id = ?::uuid").params(kind, agency)
                .query(Long.class).single());
    }
}
