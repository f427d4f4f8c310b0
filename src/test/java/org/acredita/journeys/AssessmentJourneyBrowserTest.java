package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.acredita.journeys.AcreditaShell.signIn;
import static org.acredita.journeys.BrowserSupport.DESKTOP;
import static org.acredita.journeys.BrowserSupport.ENGLISH;
import static org.acredita.journeys.BrowserSupport.SPANISH;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.NewAccounts;
import org.acredita.support.SiteBasedAssessments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accreditation body's side of the flow in a browser, on a new agency in a new programme of the demo funder
 * (so the demo agencies other tests read stay as they are): the advisor's mock assessment, the assessor's remote file
 * review with verdicts from the keyboard, the site-based assessment whose visit is announced with the programme's
 * notice (the public comments on the public page without signing in, and the team leader accepts it), a finding the
 * agency answers with a corrective action the team verifies, the report released, read by the agency in Spanish and
 * by the funder in English. Screenshots: target/screenshots/assessment-journey-*.png.
 *
 * <p>The visit lies the notice period ahead (announced today), so the verdicts and findings are recorded during the
 * window before the visit days, as a team reviewing the file first does; a test cannot let 60 days pass.
 */
@AcreditaIntegrationTest
class AssessmentJourneyBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    /** Generous: the machine running the suite may be busy with other work. */
    private static final double WAIT_MS = 60_000;

    private static final String PROFILE = """
            {"kind":"LAW_ENFORCEMENT","level":"MUNICIPAL","stateCode":"14","swornPersonnel":180,"civilianPersonnel":30,
             "populationServed":250000,"functions":["TRAFFIC"],"chiefExecutive":"Cmdte. Prueba"}
            """;

    @LocalServerPort
    int port;

    @BeforeAll
    static void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MS);
    }

    @AfterAll
    static void usualAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void fromTheMockAssessmentToTheReportReadInBothLanguages() {
        String agencyName = "Policía Municipal de Tequila — recorrido " + Long.toString(System.nanoTime() % 100_000, 36);
        String agency = newAgencyOfTheDemoFunder(agencyName);
        String manager = NewAccounts.create(users, UUID.fromString(agency), Role.ACCREDITATION_MANAGER);
        String leader = NewAccounts.create(users, accreditor(), Role.TEAM_LEADER);
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));

        // 1. The advisor plans and starts the mock assessment, on the agency's own page.
        Page advisor = page(SPANISH);
        signIn(advisor, "asesor");
        advisor.navigate("/agencies/" + agency + "/assessments/new?lang=es");
        advisor.locator("#kind").selectOption("MOCK_ASSESSMENT");
        fillWindow(advisor, today, today.plusDays(30));
        String asesor = SiteBasedAssessments.userId(jdbc, "asesor").toString();
        advisor.locator("#member-" + asesor).check();
        advisor.locator("select[name='role-" + asesor + "']").selectOption("ADVISOR");
        advisor.getByTestId("plan-submit").click();
        String mock = assessmentIdFrom(advisor);
        start(advisor);
        shot(advisor, "01-mock-started-es");
        clean(advisor);

        // 2. The accreditation body confirms readiness and plans the remote file review.
        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        assertThat(pm.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions",
                "{\"to\":\"READY_FOR_REVIEW\"}", true).status()).isEqualTo(200);
        Page manager1 = page(ENGLISH);
        signIn(manager1, "calea.pm");
        String remote = plan(manager1, agency, "REMOTE_FILE_REVIEW", today, today.plusDays(45),
                new String[] {"evaluador", "ASSESSOR"});
        start(manager1);
        shot(manager1, "02-remote-review-started-en");
        assertThat(manager1.getByTestId("snapshot-hash")).hasText(Pattern.compile("[0-9a-f]{64}"));

        // 3. The assessor reviews with the keyboard: 1 = in compliance, Enter saves, j goes on, 2 = not in compliance.
        Page assessor = page(ENGLISH);
        signIn(assessor, "evaluador");
        assessor.navigate("/assessments/" + remote + "/review?filter=ALL&lang=es");
        Locator title = assessor.getByTestId("review-title");
        String first = title.innerText();
        assessor.locator("body").press("1");
        assertThat(assessor.locator("[data-shortcut='1']")).isChecked();
        assessor.keyboard().press("Enter");
        assessor.waitForLoadState(LoadState.DOMCONTENTLOADED);
        assertThat(assessor.locator("[data-shortcut='1']")).isChecked();
        assertThat(assessor.locator(".alert-success")).isVisible();
        shot(assessor, "03-review-verdict-es");
        assessor.locator("body").press("j");
        assertThat(title).not().hasText(first);
        assessor.locator("body").press("2");
        assertThat(assessor.locator("[data-shortcut='2']")).isChecked();
        assessor.locator("#standard-comment").fill("Falta la constancia de difusión de la directiva.");
        assessor.getByTestId("save-standard").click();
        assertThat(assessor.locator("[data-shortcut='2']")).isChecked();
        assessor.navigate(assessor.url().replaceAll("[?].*$", "") + "?filter=ALL&lang=en");
        shot(assessor, "04-review-verdict-en");
        clean(assessor);

        // 4. The site-based assessment: the team leader announces the visit the notice period ahead.
        String site = plan(manager1, agency, "SITE_BASED_ASSESSMENT", today, today.plusDays(120),
                new String[] {leader, "TEAM_LEADER"}, new String[] {"evaluador", "ASSESSOR"});
        Page lead = page(SPANISH);
        signIn(lead, leader, NewAccounts.PASSWORD);
        lead.navigate("/assessments/" + site + "/visit?lang=es");
        lead.locator("#endsOn").fill(today.plusDays(60).toString());
        lead.locator("#startsOn").fill(today.plusDays(59).toString());
        lead.getByTestId("days-form").locator("button[type=submit]").click();
        assertThat(lead.locator(".alert-danger, .invalid-feedback").first()).containsText("60");
        shot(lead, "05-visit-notice-refused-es");
        lead.locator("#startsOn").fill(today.plusDays(61).toString());
        lead.locator("#endsOn").fill(today.plusDays(62).toString());
        lead.getByTestId("days-form").locator("button[type=submit]").click();
        assertThat(lead.getByTestId("visit-days")).isVisible();
        shot(lead, "06-visit-scheduled-es");
        clean(lead);

        // 5. Anyone comments on the public page, without signing in; the team leader accepts it.
        Page visitor = page(SPANISH);
        visitor.navigate("/public/comment-periods");
        Locator period = visitor.getByTestId("periods").locator("li").filter(new Locator.FilterOptions()
                .setHasText(agencyName));
        assertThat(period).hasCount(1);
        shot(visitor, "07-public-periods-es");
        period.locator("h2 a").click();
        visitor.locator("#body").fill("La policía atendió con rapidez el choque frente a la escuela; gracias.");
        visitor.locator("#name").fill("Vecina de Tequila");
        visitor.getByTestId("send-comment").click();
        assertThat(visitor.locator(".alert-success")).isVisible();
        shot(visitor, "08-public-comment-sent-es");
        clean(visitor);
        Page visitorEn = page(ENGLISH);
        visitorEn.navigate("/public/comment-periods?lang=en");
        shot(visitorEn, "09-public-periods-en");

        lead.navigate("/assessments/" + site + "/comments?lang=es");
        lead.getByTestId("accept").first().click();
        assertThat(lead.getByTestId("comments")).containsText("gracias");
        assertThat(lead.getByTestId("accept")).hasCount(0);
        shot(lead, "10-comment-accepted-es");

        // 6. The team leader starts the assessment, records a finding and sends the findings to the agency.
        lead.navigate("/assessments/" + site + "?lang=es");
        start(lead);
        lead.navigate("/assessments/" + site + "/review?filter=ALL&lang=es");
        lead.locator("body").press("2");
        assertThat(lead.locator("[data-shortcut='2']")).isChecked();
        lead.locator("#standard-comment").fill("No se encontró el registro de capacitación anual.");
        lead.getByTestId("save-standard").click();
        assertThat(lead.locator("[data-shortcut='2']")).isChecked();
        java.util.regex.Matcher number = Pattern.compile("\\d+(\\.\\d+)+")
                .matcher(lead.getByTestId("review-title").innerText());
        assertThat(number.find()).isTrue();
        String findingNumber = number.group();
        lead.navigate("/assessments/" + site + "?lang=es");
        move(lead);
        assertThat(lead.getByTestId("status")).containsText("Hallazgos");

        // 7. The agency answers the finding with a corrective action and sends it for verification.
        Page agencyPage = page(SPANISH);
        signIn(agencyPage, manager, NewAccounts.PASSWORD);
        agencyPage.navigate("/assessments/" + site + "/findings?lang=es");
        assertThat(agencyPage.getByTestId("finding-link")).hasCount(1);
        shot(agencyPage, "11-findings-es");
        agencyPage.getByTestId("finding-link").click();
        agencyPage.locator("#actions").fill("Capacitar al personal y archivar las constancias firmadas.");
        agencyPage.locator("#ownerId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
        agencyPage.locator("#dueDate").fill(today.plusDays(30).toString());
        agencyPage.getByTestId("action-form").locator("button[type=submit]").click();
        assertThat(agencyPage.getByTestId("action")).isVisible();
        agencyPage.getByTestId("submit-form").locator("button[type=submit]").click();
        assertThat(agencyPage.getByTestId("submit-form")).hasCount(0);
        shot(agencyPage, "12-corrective-action-sent-es");
        String finding = agencyPage.url().replaceAll("[?#].*$", "");
        agencyPage.navigate(finding + "?lang=en");
        shot(agencyPage, "13-corrective-action-sent-en");
        clean(agencyPage);

        // 8. The team leader verifies it, writes the narrative and releases the report.
        lead.navigate(finding + "?lang=es");
        lead.getByTestId("verify-form").locator("button[type=submit]").click();
        assertThat(lead.getByTestId("verify-form")).hasCount(0);
        lead.navigate("/assessments/" + site + "?lang=es");
        move(lead);
        lead.navigate("/assessments/" + site + "/report?lang=es");
        lead.locator("#strengthsEs").fill("Expediente ordenado y directivas al día.");
        lead.locator("#strengthsEn").fill("A tidy file and directives up to date.");
        lead.locator("#recommendationsEs").fill("Fechar las constancias de capacitación.");
        lead.locator("#recommendationsEn").fill("Date the training records.");
        lead.getByTestId("narrative").locator("button[type=submit]").click();
        assertThat(lead.getByTestId("release")).isVisible();
        lead.getByTestId("release").locator("button[type=submit]").click();
        assertThat(lead.locator(".alert-success")).isVisible();
        assertThat(lead.getByTestId("release")).hasCount(0);
        clean(lead);

        // 9. The agency reads it in Spanish, the funder of its programme in English; both PDFs print.
        agencyPage.navigate("/assessments/" + site + "/report?lang=es");
        assertThat(agencyPage.locator("main")).containsText(agencyName);
        assertThat(agencyPage.locator("main")).containsText(findingNumber);
        assertThat(agencyPage.locator("main")).containsText("Expediente ordenado");
        assertThat(agencyPage.getByTestId("report-comments")).containsText("Se recibió 1 comentario");
        // The report's tables read as tables in the page too (the PDF has its own style sheet).
        assertThat((String) agencyPage.evaluate("getComputedStyle(document.querySelector("
                + "'[data-testid=report-chapters] td')).paddingLeft")).isNotEqualTo("0px");
        shot(agencyPage, "14-report-agency-es");
        pdf(agencyPage, site, "es");
        clean(agencyPage);

        Page funder = page(ENGLISH);
        signIn(funder, "financiador");
        funder.navigate("/assessments/" + site + "/report?lang=en");
        assertThat(funder.locator("main")).containsText(agencyName);
        assertThat(funder.locator("main")).containsText("A tidy file");
        assertThat(funder.getByTestId("report-comments")).containsText("1 comment received");
        shot(funder, "15-report-funder-en");
        pdf(funder, site, "en");
        clean(funder);
        assertThat(mock).isNotEqualTo(remote);
    }

    private Page page(String language) {
        Page page = browser.newPage(language, DESKTOP);
        page.setDefaultTimeout(WAIT_MS);
        page.setDefaultNavigationTimeout(WAIT_MS);
        return page;
    }

    /** Plans an assessment on the form; each member is {user name, team role}. Returns its id. */
    private String plan(Page page, String agency, String kind, LocalDate start, LocalDate end, String[]... team) {
        page.navigate("/agencies/" + agency + "/assessments/new?lang=en");
        page.locator("#kind").selectOption(kind);
        fillWindow(page, start, end);
        for (String[] member : team) {
            String id = SiteBasedAssessments.userId(jdbc, member[0]).toString();
            page.locator("#member-" + id).check();
            page.locator("select[name='role-" + id + "']").selectOption(member[1]);
        }
        page.getByTestId("plan-submit").click();
        return assessmentIdFrom(page);
    }

    private static void fillWindow(Page page, LocalDate start, LocalDate end) {
        page.locator("#windowStart").fill(start.toString());
        page.locator("#windowEnd").fill(end.toString());
    }

    private static String assessmentIdFrom(Page page) {
        page.waitForURL(Pattern.compile(".*/assessments/[0-9a-f-]{36}([?#].*)?$"));
        return page.url().replaceAll("^.*/assessments/([0-9a-f-]{36}).*$", "$1");
    }

    /** Presses the page's one button that moves the assessment to its next status, and waits for the new status. */
    private static void start(Page page) {
        move(page);
        assertThat(page.getByTestId("snapshot-hash")).isVisible();
    }

    private static void move(Page page) {
        String before = page.getByTestId("status").innerText();
        page.getByTestId("move").locator("button[type=submit]").click();
        assertThat(page.getByTestId("status")).not().hasText(before);
    }

    private static void pdf(Page page, String assessment, String language) {
        APIResponse pdf = page.request().get("/assessments/" + assessment + "/report.pdf?language=" + language);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static void shot(Page page, String name) {
        browser.screenshot(page, "assessment-journey-" + name);
    }

    private static void clean(Page page) {
        assertThat(browser.problems(page)).as("problems on the pages").isEmpty();
    }

    /** A new agency in self-assessment, in a new programme of the demo funder with the demo advisor as its lead. */
    private String newAgencyOfTheDemoFunder(String name) {
        AppClient admin = SiteBasedAssessments.signed(port, "admin");
        String agency = SiteBasedAssessments.id(admin.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"" + name + "\",\"stateCode\":\"14\"}", true).body());
        assertThat(admin.sendJson("PUT", "/api/v1/agencies/" + agency + "/profile", PROFILE, true).status())
                .isEqualTo(200);
        admin.sendJson("POST", "/api/v1/agencies/" + agency + "/enrolments", "{\"programme\":\"LAW_ENFORCEMENT\"}", true);
        for (String phase : new String[] {"CONTACTED", "INVITED", "COMMITTED", "READINESS_ASSESSMENT",
                "SELF_ASSESSMENT"}) {
            assertThat(admin.sendJson("POST", "/api/v1/agencies/" + agency + "/transitions", "{\"to\":\"" + phase
                    + "\",\"agreementDate\":\"2026-01-15\"}", true).status()).as(phase).isEqualTo(200);
        }
        // A programme of its own with the demo funder, so the demo programme's figures stay as other tests read them.
        UUID funder = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select organisation_id from app_user where username = 'financiador'").query(UUID.class).single());
        AppClient.Response created = admin.sendJson("POST", "/api/v1/programmes", "{\"name\":\"Programa del recorrido "
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"startsOn\":\"2026-01-01\",\"endsOn\":"
                + "\"2030-12-31\",\"funderId\":\"" + funder + "\"}", true);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID programme = UUID.fromString(SiteBasedAssessments.id(created.body()));
        AppClient.Response enrolled = admin.sendJson("PUT", "/api/v1/programmes/" + programme + "/agencies/" + agency,
                "{\"joinedOn\":\"" + LocalDate.now() + "\"}", true);
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(200);
        AppClient.Response staffed = admin.sendJson("PUT", "/api/v1/programmes/" + programme + "/agencies/" + agency
                + "/advisors", "{\"leadAdvisorId\":\"" + SiteBasedAssessments.userId(jdbc, "asesor") + "\"}", true);
        assertThat(staffed.status()).as(staffed.body()).isEqualTo(200);
        return agency;
    }

    private UUID accreditor() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select organisation_id from app_user where username = 'calea.pm'").query(UUID.class).single());
    }
}
