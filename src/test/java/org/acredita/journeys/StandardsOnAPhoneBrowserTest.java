package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.acredita.journeys.AcreditaShell.signIn;
import static org.acredita.journeys.BrowserSupport.DESKTOP;
import static org.acredita.journeys.BrowserSupport.ENGLISH;
import static org.acredita.journeys.BrowserSupport.PHONE;
import static org.acredita.journeys.BrowserSupport.SPANISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 §3.10: on a phone the accreditation file's standards are cards (number, title, status, assignee, due date,
 * proofs) and the page never scrolls sideways; on a desktop they stay a table with its column headers. Screenshots go
 * to target/screenshots/file-standards-*.png for people to look at.
 */
@AcreditaIntegrationTest
class StandardsOnAPhoneBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFilesStandardsAreCardsOnAPhoneAndATableOnADesktop() {
        String fileUrl = "/agencies/" + DemoOrganisations.police(jdbc) + "/accreditation";
        for (String language : new String[] {SPANISH, ENGLISH}) {
            String lang = SPANISH.equals(language) ? "es" : "en";
            Page phone = browser.newPage(language, PHONE);
            signIn(phone, "gerente.policia");
            phone.navigate(fileUrl + "?lang=" + lang);
            Locator first = phone.locator("[data-testid=standards] tbody tr").first();
            first.scrollIntoViewIfNeeded();
            for (String part : new String[] {"status-cell", "assignee", "due", "proof-counts"}) {
                Locator cell = first.getByTestId(part);
                assertThat(cell).isVisible();
                assertThat(cell).isInViewport();
            }
            assertEquals("block", first.evaluate("row => getComputedStyle(row).display"), "a card, not a table row");
            assertTrue(first.getByTestId("assignee").textContent().length() > 0);
            int overflow = ((Number) phone.evaluate(
                    "document.scrollingElement.scrollWidth - window.innerWidth")).intValue();
            assertTrue(overflow <= 0, "the file page scrolls sideways by " + overflow + " px");
            PageChecks.assertNoSidewaysScroll(phone);
            browser.screenshot(phone, "file-standards-phone-" + lang);
            phone.screenshot(new Page.ScreenshotOptions().setFullPage(false)
                    .setPath(java.nio.file.Path.of("target/screenshots/file-standards-phone-cards-" + lang + ".png")));

            Page desktop = browser.newPage(language, DESKTOP);
            signIn(desktop, "gerente.policia");
            desktop.navigate(fileUrl + "?lang=" + lang);
            Locator row = desktop.locator("[data-testid=standards] tbody tr").first();
            assertEquals("table-row", row.evaluate("row => getComputedStyle(row).display"));
            assertThat(desktop.locator("[data-testid=standards] thead th").first()).isVisible();
            browser.screenshot(desktop, "file-standards-desktop-" + lang);
        }
    }
}
