package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.acredita.journeys.AcreditaShell.signIn;
import static org.acredita.journeys.BrowserSupport.ENGLISH;
import static org.acredita.journeys.BrowserSupport.PHONE;
import static org.acredita.journeys.BrowserSupport.SPANISH;

import com.microsoft.playwright.Page;
import org.acredita.support.AcreditaIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every demo role's home inbox in Spanish and English, on a desktop and a phone: a clean page in its language that
 * never scrolls sideways on the phone. Screenshots go to target/screenshots/home-*.png for people to look at.
 */
@AcreditaIntegrationTest
class HomeInboxBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"admin", "gerente.policia", "personal.policia", "titular.policia", "gerente.c5", "asesor",
        "gerente.regional", "calea.pm", "evaluador", "comisionado", "financiador"})
    void homeInboxOfEveryRoleInBothLanguagesOnADesktopAndAPhone(String username) {
        for (String language : new String[] {SPANISH, ENGLISH}) {
            String lang = SPANISH.equals(language) ? "es" : "en";
            Page desktop = browser.newPage(language);
            signIn(desktop, username);
            desktop.navigate("/?lang=" + language);
            assertThat(desktop.getByTestId("inbox")).isVisible();
            PageChecks.assertCleanPage(browser, desktop, language);
            browser.screenshot(desktop, "home-desktop-" + lang + "-" + username);

            Page phone = browser.newPage(language, PHONE);
            signIn(phone, username);
            phone.navigate("/?lang=" + language);
            assertThat(phone.getByTestId("inbox")).isVisible();
            PageChecks.assertNoSidewaysScroll(phone);
            browser.screenshot(phone, "home-phone-" + lang + "-" + username);
        }
    }
}
