package org.acredita.journeys;

import static org.acredita.journeys.AcreditaShell.signIn;
import static org.acredita.journeys.BrowserSupport.DESKTOP;
import static org.acredita.journeys.BrowserSupport.ENGLISH;
import static org.acredita.journeys.BrowserSupport.PHONE;
import static org.acredita.journeys.BrowserSupport.SPANISH;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.acredita.support.AcreditaIntegrationTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The demo police force's findings as its accreditation manager and the assessor read them, in both languages
 * on a desktop and a phone: clean pages, no sideways scroll; screenshots in target/screenshots/findings-*.png.
 */
@AcreditaIntegrationTest
class FindingsBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @ParameterizedTest(name = "{0} in {1} on {2}")
    @CsvSource({"gerente.policia,es-MX,desktop", "gerente.policia,en,phone", "evaluador,en,desktop",
            "evaluador,es-MX,phone"})
    void theFindingsListAndEachFindingReadCleanly(String username, String language, String device) {
        boolean phone = "phone".equals(device);
        Page page = browser.newPage(language, phone ? PHONE : DESKTOP);
        signIn(page, username);
        String tag = "findings-" + device + "-" + (SPANISH.equals(language) ? "es" : "en") + "-"
                + username.replace('.', '-');
        // The police's site-based assessment, its report released (the C5's remote review is still in progress).
        String lang = "?lang=" + (SPANISH.equals(language) ? "es" : "en");
        String list = page.request().get(browser.baseUrl() + "/api/v1/assessments",
                com.microsoft.playwright.options.RequestOptions.create().setHeader("Accept", "application/xml")).text();
        java.util.regex.Matcher review = java.util.regex.Pattern.compile(
                "<id>([^<]+)</id><agencyId>[^<]+</agencyId><kind>SITE_BASED_ASSESSMENT</kind><status>REPORT_RELEASED</status>")
                .matcher(list);
        assertThat(review.find()).as(list).isTrue();
        String police = "/assessments/" + review.group(1);
        page.navigate(police + "/findings" + lang);
        assertThat(page.locator("[data-testid=finding-link]").count()).isEqualTo(3);
        browser.screenshot(page, tag + "-list");
        PageChecks.assertCleanPage(browser, page, language);
        if (phone) {
            PageChecks.assertNoSidewaysScroll(page);
        }
        for (int i = 0; i < 3; i++) {
            page.navigate(police + "/findings" + lang);
            page.navigate(page.locator("[data-testid=finding-link]").nth(i).getAttribute("href") + lang);
            browser.screenshot(page, tag + "-finding-" + i);
            PageChecks.assertCleanPage(browser, page, language);
            if (phone) {
                PageChecks.assertNoSidewaysScroll(page);
            }
        }
        assertThat(ENGLISH.equals(language) || page.content().contains("Historial")).isTrue();
    }
}
