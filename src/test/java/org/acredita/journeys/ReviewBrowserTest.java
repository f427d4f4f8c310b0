package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review screen in the browser: verdicts with the keyboard (1–4), next and previous with j and k, a clean page
 * (no script or policy errors), and screenshots in Spanish and English on a desktop, a 1024×768 tablet and a phone.
 */
@AcreditaIntegrationTest
class ReviewBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAssessorReviewsWithTheKeyboardOnEveryScreen() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        String review = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select id::text from assessment where "
                + "agency_id = ? and status = 'IN_PROGRESS' and kind = 'REMOTE_FILE_REVIEW'").param(c5)
                .query(String.class).single());
        String decided = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select number from "
                + "assessment_verdict where assessment_id = ?::uuid and verdict = 'NOT_IN_COMPLIANCE' limit 1")
                .param(review).query(String.class).single());
        String path = "/assessments/" + review + "/review/" + decided;

        Page page = browser.newPage(BrowserSupport.SPANISH, BrowserSupport.DESKTOP);
        AcreditaShell.signIn(page, "evaluador");
        page.navigate(path + "?lang=es");
        assertThat(page.getByTestId("review-title")).containsText(decided);
        browser.screenshot(page, "review-es-desktop");
        page.navigate(path + "?lang=en&both=true");
        assertThat(page.getByTestId("statement-other")).isVisible();
        browser.screenshot(page, "review-en-desktop");

        page.navigate(path + "?filter=ALL&lang=en");
        page.locator("body").press("1");
        assertThat(page.locator("[data-shortcut='1']")).isChecked();
        page.locator("body").press("j");
        page.waitForURL(url -> !url.contains("/review/" + decided + "?"));
        String next = page.url();
        page.locator("body").press("k");
        page.waitForURL(url -> url.contains("/review/" + decided + "?"));
        assertThat(next).doesNotContain("/review/" + decided + "?");
        assertThat(browser.problems(page)).isEmpty();

        Page tablet = browser.newPage(BrowserSupport.SPANISH, new BrowserSupport.Viewport(1024, 768, false));
        AcreditaShell.signIn(tablet, "evaluador");
        tablet.navigate(path + "?lang=es");
        browser.screenshot(tablet, "review-es-tablet-1024x768");
        // The review itself fits; the shared navigation bar is the shell's (a long name can push it wider at 1024).
        assertThat((Boolean) tablet.evaluate("document.querySelector('main').scrollWidth <= window.innerWidth"))
                .isTrue();

        Page phone = browser.newPage(BrowserSupport.ENGLISH, BrowserSupport.PHONE);
        AcreditaShell.signIn(phone, "evaluador");
        phone.navigate(path + "?lang=en");
        browser.screenshot(phone, "review-en-phone");
        phone.navigate(path + "?lang=es");
        browser.screenshot(phone, "review-es-phone");
        assertThat((Boolean) phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
        assertThat(browser.problems(phone)).isEmpty();
    }
}
