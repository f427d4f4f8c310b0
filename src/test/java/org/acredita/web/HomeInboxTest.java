package org.acredita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 §2: every role's home page is its work inbox, read from the demo data, every card linking to a page
 * that opens; and nobody's inbox shows another agency's work.
 */
@AcreditaIntegrationTest
class HomeInboxTest {

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void staffMemberSeesTheirAssignedStandardsOverdueFirstAndWhatWasReturnedToThem() {
        String home = inbox("personal.policia");
        String assigned = section(home, "inbox-assigned");
        List<String> numbers = numbers(assigned);
        assertThat(numbers).hasSizeGreaterThan(3);
        String overdue = overdueNumber();
        assertThat(numbers.get(0)).isEqualTo(overdue);
        assertThat(assigned).contains("vencido hace 12 días");
        assertThat(section(home, "inbox-returned")).contains(returnedNumber());
        assertThat(home).contains("data-testid=\"inbox-would-pass\"").contains("data-testid=\"inbox-mentions\"");
    }

    @Test
    void agencyManagerSeesTheAgencysReturnedSubmittedAndOverdueWorkTheirMentionsAndWouldWePass() {
        String home = inbox("gerente.policia");
        assertThat(section(home, "inbox-assigned")).contains("No tiene normas asignadas. El expediente va en");
        assertThat(section(home, "inbox-returned")).contains(returnedNumber());
        assertThat(numbers(section(home, "inbox-sent-for-review"))).containsExactlyInAnyOrderElementsOf(submitted());
        assertThat(numbers(section(home, "inbox-team-overdue"))).containsExactly(overdueNumber());
        assertThat(section(home, "inbox-requests")).contains("Solicitud de dispensa");
        assertThat(section(home, "inbox-mentions")).contains("/notifications/");
        assertThat(section(home, "inbox-would-pass")).contains("normas cumplidas");
        // The police was accredited: its award's expiry is the deadline ahead, no longer the self-assessment's.
        assertThat(section(home, "inbox-deadlines")).contains("Vencimiento de la acreditación")
                .doesNotContain("Fin del plazo de autoevaluación");
    }

    @Test
    void chiefExecutiveSeesTheDirectiveDraftWaitingForTheirSignature() {
        String home = inbox("titular.policia");
        assertThat(section(home, "inbox-drafts")).contains("PR-5.1").contains("0.9");
        assertThat(home).contains("data-testid=\"inbox-would-pass\"");
    }

    @Test
    void advisorSeesTheirAgenciesWithPhaseReadinessAndRisksAndWhatWaitsForTheirReview() {
        String home = inbox("asesor");
        String agencies = section(home, "inbox-agencies");
        assertThat(agencies).contains("Querétaro").contains("C5").doesNotContain("Academia");
        assertThat(agencies).contains("Expediente al");
        // Every police standard waiting for review (other tests may send more than the demo's three).
        assertThat(numbers(section(home, "inbox-to-review"))).containsAll(submitted()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(home).contains("data-testid=\"inbox-sessions\"").contains("data-testid=\"inbox-overdue-actions\"")
                .contains("data-testid=\"inbox-assessments\"");
    }

    @Test
    void assessorSeesTheC5sRemoteReviewWithItsWindow() {
        String assessments = section(inbox("evaluador"), "inbox-assessments");
        assertThat(assessments).contains("Revisión remota del expediente").contains("C5").contains(" al ");
        assertThat(assessments).doesNotContain("Cerrada");
    }

    @Test
    void programmeManagerSeesTheRequestsWaitingForTheirDecisionAndTheOpenAssessments() {
        String home = inbox("calea.pm");
        assertThat(section(home, "inbox-decisions")).contains("Solicitud de dispensa").contains("Querétaro");
        assertThat(section(home, "inbox-assessments")).contains("C5");
        assertThat(home).contains("data-testid=\"inbox-ready-for-review\"").contains("data-testid=\"inbox-commission\"");
    }

    @Test
    void commissionerSeesWhatIsBeforeTheCommission() {
        assertThat(inbox("comisionado")).contains("data-testid=\"inbox-commission\"");
    }

    @Test
    void funderSeesTheProgrammesFiguresAndItsDashboard() {
        String figures = section(inbox("financiador"), "inbox-figures");
        assertThat(figures).contains("Aprobarían hoy").contains("/dashboard");
    }

    @Test
    void administratorSeesTheSetupTasks() {
        String setup = section(inbox("admin"), "inbox-setup");
        assertThat(setup).contains("Catálogo de municipios del INEGI cargado").contains("Manuales de normas");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "gerente.policia", "personal.policia", "titular.policia", "gerente.c5",
        "asesor", "gerente.regional", "calea.pm", "evaluador", "comisionado", "financiador"})
    void everyLinkOfTheInboxOpens(String username) {
        AppClient client = AppClient.signedIn(port, username);
        String home = client.get("/").body();
        String inbox = home.substring(home.indexOf("data-testid=\"inbox\""));
        Set<String> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(inbox);
        while (m.find()) {
            String link = m.group(1).replace("&amp;", "&");
            if (!link.startsWith("/notifications/")) {
                links.add(link);
            }
        }
        assertThat(links).isNotEmpty();
        for (String link : links) {
            assertThat(client.get(link).status()).as(username + " " + link).isEqualTo(200);
        }
    }

    @Test
    void nobodysInboxShowsAnotherAgencysWork() {
        String policeFile = DemoOrganisations.policeFile(jdbc);
        for (String username : List.of("gerente.c5", "gerente.academia")) {
            String home = inbox(username);
            assertThat(home).as(username).doesNotContain(policeFile).doesNotContain("Querétaro")
                    .doesNotContain(returnedNumber() + "</a>");
        }
        assertThat(inbox("asesor")).doesNotContain(DemoOrganisations.academy(jdbc).toString());
        assertThat(inbox("gerente.policia")).doesNotContain(DemoOrganisations.c5(jdbc).toString());
    }

    private String inbox(String username) {
        AppClient.Response response = AppClient.signedIn(port, username).get("/?lang=es-MX");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("aparecerá").doesNotContain("will appear");
        return response.body();
    }

    /** The card with this test id, up to the next card. */
    private static String section(String page, String testId) {
        int start = page.indexOf("data-testid=\"" + testId + "\"");
        assertThat(start).as(testId).isNotNegative();
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    /** Standard numbers of the card's items, in order. */
    private static List<String> numbers(String section) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("/standards/([0-9.]+)\"").matcher(section);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private String overdueNumber() {
        return demoNumber("due_date < current_date and status in ('NOT_STARTED', 'IN_PROGRESS', 'RETURNED')");
    }

    private String returnedNumber() {
        return demoNumber("status = 'RETURNED'");
    }

    /** The police file's standards sent for review, as the database has them now. */
    private java.util.List<String> submitted() {
        String file = DemoOrganisations.policeFile(jdbc);
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select number from file_standard where "
                + "file_id = ?::uuid and status = 'READY_FOR_REVIEW'").param(file).query(String.class).list());
    }

    private String demoNumber(String condition) {
        String file = DemoOrganisations.policeFile(jdbc);
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select number from file_standard where file_id = ?::uuid and "
                + condition).param(file).query(String.class).single());
    }
}
