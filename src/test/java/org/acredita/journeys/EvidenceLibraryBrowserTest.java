package org.acredita.journeys;

import static org.acredita.journeys.AcreditaShell.signIn;
import static org.acredita.journeys.BrowserSupport.DESKTOP;
import static org.acredita.journeys.BrowserSupport.PHONE;
import static org.acredita.journeys.BrowserSupport.SPANISH;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The police's evidence library and the "link from the library" form of a standard, as its staff use them in both
 * languages on a desktop and a phone: a document linked to another standard shows that use; clean pages, no
 * sideways scroll; screenshots in target/screenshots/evidence-*.png.
 */
@AcreditaIntegrationTest
class EvidenceLibraryBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"es-MX,desktop", "en,desktop", "es-MX,phone", "en,phone"})
    void theLibraryAndTheLinkFormReadCleanlyAndLinkADocument(String language, String device) {
        boolean phone = "phone".equals(device);
        Page page = browser.newPage(language, phone ? PHONE : DESKTOP);
        signIn(page, "personal.policia");
        String lang = "?lang=" + (SPANISH.equals(language) ? "es" : "en");
        String tag = "evidence-" + device + "-" + (SPANISH.equals(language) ? "es" : "en");
        String file = DemoOrganisations.policeFile(jdbc);
        String number = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select fs.number from file_standard fs join accreditation_file f on f.id = fs.file_id
                  join standard s on s.edition_id = f.edition_id and s.number = fs.number
                where fs.file_id = ?::uuid and fs.status in ('NOT_STARTED', 'IN_PROGRESS') and fs.request is null
                  and s.frequency is null
                  and not exists (select 1 from proof p where p.file_id = fs.file_id and p.number = fs.number)
                order by fs.sort_key limit 1""").param(file).query(String.class).single());

        page.navigate("/accreditation-files/" + file + "/standards/" + number + "/proofs" + lang);
        page.locator("[data-testid=link-from-library] summary").click();
        assertThat(page.locator("[data-testid=link-form]").isVisible()).isTrue();
        page.locator("[data-testid=link-form]").scrollIntoViewIfNeeded();
        browser.screenshot(page, tag + "-link-form");
        PageChecks.assertCleanPage(browser, page, language);
        if (phone) {
            PageChecks.assertNoSidewaysScroll(page);
        }
        String chosen = page.locator("[data-testid=link-document] option").first().getAttribute("value");
        page.locator("[data-testid=link-submit]").click();
        // The standard's page loads its proofs panel after the page itself.
        page.locator("[data-testid=proof-library-link]").first().waitFor();

        page.navigate("/agencies/" + DemoOrganisations.police(jdbc) + "/evidence" + lang);
        assertThat(page.locator("[data-testid=library-document]").count()).isPositive();
        browser.screenshot(page, tag + "-library");
        PageChecks.assertCleanPage(browser, page, language);
        if (phone) {
            PageChecks.assertNoSidewaysScroll(page);
        }
        page.navigate("/agencies/" + DemoOrganisations.police(jdbc) + "/evidence/" + chosen + lang);
        assertThat(page.locator("[data-testid=document-use]").allInnerTexts()).anyMatch(use -> use.contains(number));
        browser.screenshot(page, tag + "-document");
        PageChecks.assertCleanPage(browser, page, language);
        if (phone) {
            PageChecks.assertNoSidewaysScroll(page);
        }
    }
}
