package org.acredita.journeys;

import static org.acredita.journeys.AcreditaShell.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * The main pages pass Deque's axe-core checks (WCAG 2.1 A and AA) without a serious or critical finding, for the
 * people who use them most: an agency's accreditation manager and the accreditation body's programme manager.
 */
@AcreditaIntegrationTest
class AccessibilityBrowserTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> STANDARDS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    JdbcClient jdbc;

    @Test
    void mainPagesHaveNoSeriousOrCriticalAccessibilityFinding() {
        UUID police = DemoOrganisations.police(jdbc);
        String file = DemoOrganisations.policeFile(jdbc);
        UUID programme = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from funded_programme order by created_at limit 1").query(UUID.class).single());
        String policeItem = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select '/commission/meetings/' || meeting_id || '/items/' || id from commission_docket_item"
                        + " where agency_id = ? order by added_at limit 1").param(police).query(String.class).single());
        String certificate = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select '/public/certificates/' || certificate_number || '?h=' || left(certificate_hash, 16)"
                        + " from commission_award where agency_id = ? and certificate_number is not null limit 1")
                .param(police).query(String.class).single());
        List<String> findings = new ArrayList<>();
        Page page = browser.page();

        signIn(page, "gerente.policia");
        for (String path : List.of("/", "/notifications", "/agencies/" + police, "/agencies/" + police + "/accreditation",
                "/accreditation-files/" + file + "/readiness", "/accreditation/overview", "/agencies/" + police + "/directives",
                "/agencies/" + police + "/improvement-plan", "/search?q=uso", "/profile", "/manuals",
                "/agencies/" + police + "/personnel", "/agencies/" + police + "/personnel/lists",
                "/agencies/" + police + "/commission")) {
            check(page, path, findings);
        }
        page.context().clearCookies();

        signIn(page, "calea.pm");
        for (String path : List.of("/", "/notifications", "/agencies", "/programmes", "/programmes/" + programme,
                "/programmes/" + programme + "/dashboard", "/geo", "/commission/meetings", policeItem,
                policeItem.substring(0, policeItem.indexOf("/items/")), "/agencies/" + police + "/commission",
                "/programmes/" + programme + "/awards")) {
            check(page, path, findings);
        }
        page.context().clearCookies();

        check(page, certificate, findings);
        assertThat(findings).as("serious or critical axe-core findings").isEmpty();
    }

    private static void check(Page page, String path, List<String> findings) {
        page.navigate(path);
        page.waitForLoadState();
        if (path.equals("/notifications")) {
            browser.screenshot(page, "a11y-notifications-" + page.locator("[data-testid=user-menu]").innerText().strip()
                    .replaceAll("[^\\p{L}]+", "-"));
        }
        AxeResults results = new AxeBuilder(page).withTags(STANDARDS).analyze();
        for (Rule violation : results.getViolations()) {
            if (BLOCKING.contains(violation.getImpact())) {
                findings.add(path + ": " + violation.getImpact() + " " + violation.getId() + " × "
                        + violation.getNodes().size() + " (" + violation.getNodes().get(0).getTarget() + ")");
            }
        }
    }
}
