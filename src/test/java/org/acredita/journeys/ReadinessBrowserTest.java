package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.acredita.journeys.AcreditaShell.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.time.LocalDate;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Running a readiness assessment in the browser: start, save a part through htmx, complete, read the report. */
@AcreditaIntegrationTest
class ReadinessBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAssessmentIsStartedSavedWithoutLosingInputAndCompleted() {
        AppClient api = AppClient.signedIn(port, "admin");
        api.get("/profile");
        String agency = api.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"Policía de Zapopan — preparación en navegador\",\"stateCode\":\"14\"}", true)
                .body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        UUID programme = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from funded_programme where name like '%demostración%'").query(UUID.class).single());
        assertEquals(200, api.sendJson("PUT", "/api/v1/programmes/" + programme + "/agencies/" + agency,
                "{\"joinedOn\":\"" + LocalDate.now().minusMonths(1) + "\"}", true).status());

        Page page = browser.page();
        signIn(page, "admin");
        page.navigate("/agencies/" + agency);
        page.getByTestId("readiness-link").click();
        assertThat(page.locator("h1")).hasText("Evaluación de preparación");
        assertThat(page.getByTestId("no-assessments")).isVisible();
        page.locator("[data-testid=start-assessment] summary").click();
        page.locator("#start-assessors").fill("Miguel Ángel Torres, Sofía Núñez Rivas");
        page.getByTestId("start-submit").click();
        assertThat(page.getByTestId("assessment-form")).isVisible();

        Locator questions = page.getByTestId("question");
        int count = questions.count();
        for (int i = 0; i < 5; i++) {
            questions.nth(i).locator("label.btn").nth(2).click();
        }
        questions.nth(0).locator("textarea").fill("Compromiso verbal, sin comunicado escrito.");
        page.getByTestId("save-draft").click();
        assertThat(page.getByTestId("save-message")).containsText("Borrador guardado");
        assertThat(page.getByTestId("save-progress")).containsText("5 de " + count + " respondidas");
        assertThat(questions.nth(0).locator("textarea")).hasValue("Compromiso verbal, sin comunicado escrito.");

        page.onceDialog(dialog -> dialog.accept());
        page.getByTestId("complete").click();
        assertThat(page.getByTestId("save-message")).containsText("Faltan " + (count - 5) + " preguntas");
        browser.screenshot(page, "readiness-completion-refused-es");

        for (int i = 5; i < count; i++) {
            questions.nth(i).locator("label.btn").nth(4).click();
        }
        page.locator("#summary").fill("Buena base operativa; faltan directivas escritas actualizadas.");
        page.onceDialog(dialog -> dialog.accept());
        page.getByTestId("complete").click();
        assertThat(page.getByTestId("state")).hasText("Concluida");
        assertThat(page.locator(".alert-success")).containsText("Evaluación concluida");
        assertThat(page.getByTestId("summary")).hasText("Buena base operativa; faltan directivas escritas actualizadas.");
        assertThat(page.getByTestId("gap").first()).containsText("Compromiso verbal");
        browser.screenshot(page, "readiness-report-es");

        page.navigate("/agencies/" + agency + "/readiness");
        assertThat(page.getByTestId("progress-chart")).isVisible();
        assertThat(page.getByTestId("start-assessment")).isVisible();
        page.waitForLoadState(LoadState.LOAD);
        assertTrue(browser.problems(page).isEmpty(), () -> "Problems on the page: " + browser.problems(page));
    }
}
