package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.acredita.journeys.AcreditaShell.signIn;
import static org.acredita.journeys.AcreditaShell.switchLanguage;

import com.microsoft.playwright.Page;
import org.acredita.selfassessment.EditionFixture;
import org.acredita.support.AcreditaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 5 §7 in the browser: the accreditation body reads the plan in both languages, then moves the file. */
@AcreditaIntegrationTest
class EditionMoveBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Test
    void theBodyReadsWhatNeedsReviewAndMovesTheFile() {
        EditionFixture fixture = EditionFixture.prepare(port, "Policía de Tepatitlán — cambio de edición");
        Page page = browser.page();
        signIn(page, "calea.pm");
        String saved = page.locator("html").getAttribute("lang");
        page.navigate("/agencies/" + fixture.agency() + "/accreditation");
        page.getByTestId("migration-link").click();
        page.locator("#migration-to").selectOption(fixture.later());
        page.getByTestId("show-plan").click();
        assertThat(page.getByTestId("planned-1.2.1")).isVisible();
        assertThat(page.getByTestId("retired-list")).containsText("1.1.3");
        browser.screenshot(page, "edition-move-plan-" + saved);
        String plan = page.url();
        switchLanguage(page);
        page.navigate(plan);
        assertThat(page.getByTestId("planned-2.1.1")).isVisible();
        browser.screenshot(page, "edition-move-plan-" + page.locator("html").getAttribute("lang"));
        switchLanguage(page);
        page.navigate(plan);

        page.onceDialog(dialog -> dialog.accept());
        page.getByTestId("migrate").click();
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.getByTestId("retired-standards")).isVisible();
        assertThat(page.locator("[data-testid=standards]")).containsText("1.2.1");
        browser.screenshot(page, "edition-move-done");
    }
}
