package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.acredita.journeys.BrowserSupport.ENGLISH;
import static org.acredita.journeys.BrowserSupport.SPANISH;

import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.acredita.support.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 §7: a person signs in through the OpenID Connect provider in a real browser, from the sign-in page's
 * button to their home page, and a refused sign-in comes back to the sign-in page with its reason.
 */
@TestIdentityProvider.Deployment
class SingleSignOnBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void aPersonSignsInThroughTheProviderFromTheSignInPageButton() {
        String username = NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.AGENCY_STAFF);
        TestIdentityProvider.server().enqueueCallback(TestIdentityProvider.token("sub-" + username,
                Map.of("email", username + "@ejemplo.mx", "email_verified", true)));
        Page page = browser.newPage(SPANISH);

        page.navigate("/login");
        assertThat(page.locator("input[name=password]")).hasCount(0);
        PageChecks.assertCleanPage(browser, page, SPANISH);
        browser.screenshot(page, "sign-in-providers-es");
        page.getByTestId("provider-agencia").click();

        page.waitForURL(Pattern.compile(".*/$"));
        assertThat(page.getByTestId("inbox")).isVisible();
        assertThat(page.locator("header")).containsText("Persona de prueba " + username);
        PageChecks.assertCleanPage(browser, page, SPANISH);
    }

    @Test
    void anUnverifiedEmailComesBackToTheSignInPageWithItsReasonInEnglish() {
        String username = NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.AGENCY_STAFF);
        TestIdentityProvider.server().enqueueCallback(TestIdentityProvider.token("sub-" + username,
                Map.of("email", username + "@ejemplo.mx", "email_verified", false)));
        Page page = browser.newPage(ENGLISH);

        page.navigate("/login");
        page.getByText("Sign in with Agency identity").click();

        page.waitForURL(Pattern.compile(".*/login\\?error=provider-unverified$"));
        assertThat(page.getByTestId("login-error")).containsText("did not confirm your e-mail address");
        PageChecks.assertCleanPage(browser, page, ENGLISH);
        browser.screenshot(page, "sign-in-provider-refused-en");
    }
}
