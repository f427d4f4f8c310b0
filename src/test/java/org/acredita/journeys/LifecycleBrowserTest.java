package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.acredita.journeys.AcreditaShell.signIn;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Recording lifecycle steps on an agency's page, and seeing what a refused step lacks. */
@AcreditaIntegrationTest
class LifecycleBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Test
    void programmeManagerRecordsStepsAndSeesWhatIsMissing() {
        AppClient api = AppClient.signedIn(port, "admin");
        api.get("/profile");
        String agency = api.sendJson("POST", "/api/v1/organisations",
                "{\"kind\":\"AGENCY\",\"name\":\"Policía de Tonalá — prueba en navegador\",\"stateCode\":\"14\"}", true)
                .body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        Page page = browser.page();
        signIn(page, "admin");
        page.navigate("/organisations/" + agency);
        page.getByTestId("lifecycle-link").click();
        assertThat(page.locator("h1")).hasText("Ciclo de acreditación");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscribir como candidata")).click();
        assertThat(page.getByTestId("enrolment-LAW_ENFORCEMENT").getByTestId("phase")).hasText("Candidata");

        page.locator("#to-LAW_ENFORCEMENT").selectOption("CONTACTED");
        page.getByTestId("record-transition").click();
        assertThat(page.locator(".alert-success")).hasText("Fase registrada: Contactada.");
        page.locator("#to-LAW_ENFORCEMENT").selectOption("INVITED");
        page.getByTestId("record-transition").click();
        page.locator("#to-LAW_ENFORCEMENT").selectOption("COMMITTED");
        page.getByTestId("record-transition").click();
        assertThat(page.getByTestId("transition-refused")).containsText("Falta la fecha de firma del convenio");
        browser.screenshot(page, "lifecycle-refused-es");

        page.locator("#to-LAW_ENFORCEMENT").selectOption("COMMITTED");
        page.locator("#date-LAW_ENFORCEMENT").fill("2026-06-01");
        page.getByTestId("record-transition").click();
        assertThat(page.getByTestId("enrolment-LAW_ENFORCEMENT")).containsText("1 jun. 2029");
        assertThat(page.getByTestId("timeline")).containsText("Comprometida (convenio firmado)");
        browser.screenshot(page, "lifecycle-committed-es");

        // Let each page finish loading its scripts before leaving it, so no request is cut short.
        page.waitForLoadState(LoadState.LOAD);
        AcreditaShell.switchLanguage(page);
        assertThat(page.getByTestId("enrolment-LAW_ENFORCEMENT").getByTestId("phase")).hasText("Committed (agreement signed)");
        browser.screenshot(page, "lifecycle-committed-en");
        page.waitForLoadState(LoadState.LOAD);
        AcreditaShell.switchLanguage(page);
        page.waitForLoadState(LoadState.LOAD);
        assertTrue(browser.problems(page).isEmpty(), () -> "Problems on the page: " + browser.problems(page));
    }
}
