package org.acredita.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import gg.jte.TemplateEngine;
import java.util.Locale;
import java.util.Map;
import org.acredita.geo.MexicoMapRendering;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.web.ui.UiAdvice;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The map component with every colour step in use, in a real browser with the app's stylesheets:
 * screenshots target/screenshots/mexico-map-*.png are for people to look at; keyboard focus reaches
 * the states' links.
 */
@AcreditaIntegrationTest
class MexicoMapBrowserTest {

    private static final Map<String, Long> AGENCIES_BY_STATE = Map.of("09", 48L, "15", 37L, "14", 29L, "19", 22L,
            "22", 17L, "31", 12L, "21", 9L, "26", 3L, "02", 1L, "07", 0L);

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @Autowired
    TemplateEngine jte;

    @Autowired
    UiAdvice ui;

    @ParameterizedTest(name = "the map in {0}")
    @ValueSource(strings = {BrowserSupport.SPANISH, BrowserSupport.ENGLISH})
    void drawsTheStatesColouredWithALegendAndKeyboardFocus(String language) {
        String map = MexicoMapRendering.render(jte, ui, Locale.forLanguageTag(language), AGENCIES_BY_STATE,
                language.equals(BrowserSupport.ENGLISH) ? "Agencies by state" : "Instituciones por estado",
                "/agencies?state={code}");
        Page page = browser.newPage(language);
        page.navigate("/login");
        page.setContent("<!doctype html><html lang=\"" + language + "\"><head><link rel=\"stylesheet\" href=\""
                + browser.baseUrl() + "/webjars/bootstrap/dist/css/bootstrap.min.css\"><link rel=\"stylesheet\" href=\""
                + browser.baseUrl() + "/assets/acredita.css\"></head><body><main class=\"container py-4\">" + map
                + "</main></body></html>");

        assertThat(page.locator("svg.mexico-map-shapes path.map-state")).hasCount(32);
        assertThat(page.locator("path[data-state='09']")).hasClass("map-state map-step-5");
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.getAttribute('href')")).isEqualTo("/agencies?state=02");
        browser.screenshot(page, "mexico-map-" + language);
        page.locator("details summary").click();
        browser.screenshot(page, "mexico-map-table-" + language);
        assertThat(browser.problems(page)).isEmpty();
    }
}
