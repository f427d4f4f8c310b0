package org.acredita.journeys;

import static org.acredita.journeys.AcreditaShell.signIn;
import static org.acredita.journeys.BrowserSupport.DESKTOP;
import static org.acredita.journeys.BrowserSupport.PHONE;
import static org.acredita.journeys.BrowserSupport.SPANISH;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
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
 * The demo police force's released assessment report as programme staff, the funder, the agency and a commissioner
 * read it, in both languages on a desktop and a phone: clean pages, no sideways scroll, the PDF links; screenshots
 * in target/screenshots/report-*.png.
 */
@AcreditaIntegrationTest
class AssessmentReportBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} in {1} on {2}")
    @CsvSource({"calea.pm,es-MX,desktop", "financiador,en,desktop", "gerente.policia,es-MX,phone",
            "comisionado,en,phone"})
    void theReleasedReportReadsCleanlyForEveryReader(String username, String language, String device) {
        boolean phone = "phone".equals(device);
        Page page = browser.newPage(language, phone ? PHONE : DESKTOP);
        signIn(page, username);
        UUID police = DemoOrganisations.police(jdbc);
        UUID review = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select id from assessment where agency_id = ? and kind = 'REMOTE_FILE_REVIEW'
                order by created_at limit 1""").param(police).query(UUID.class).single());
        page.navigate("/assessments/" + review + "/report?lang=" + (SPANISH.equals(language) ? "es" : "en"));
        browser.screenshot(page, "report-" + device + "-" + (SPANISH.equals(language) ? "es" : "en") + "-"
                + username.replace('.', '-'));
        PageChecks.assertCleanPage(browser, page, language);
        if (phone) {
            PageChecks.assertNoSidewaysScroll(page);
        }
        assertThat(page.locator("[data-testid=report-hash]").textContent()).matches("[0-9a-f]{64}");
        assertThat(page.locator("[data-testid=pdf-es]").count()).isEqualTo(1);
        assertThat(page.locator("[data-testid=narrative]").count()).as("only the team writes").isZero();
    }
}
