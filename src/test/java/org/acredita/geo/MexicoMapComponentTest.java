package org.acredita.geo;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.TemplateEngine;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.web.ui.UiAdvice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The jte component draws 32 states coloured by their values, with links, titles, legend and table. */
@AcreditaIntegrationTest
class MexicoMapComponentTest {

    private static final Map<String, Long> VALUES = Map.of("09", 100L, "31", 20L, "19", 45L, "01", 0L);

    @Autowired
    TemplateEngine jte;

    @Autowired
    UiAdvice ui;

    @Test
    void drawsEveryStateWithTheClassOfItsValueAndALinkToDrillDown() {
        String html = MexicoMapRendering.render(jte, ui, Locale.forLanguageTag("es-MX"), VALUES, "Instituciones",
                "/agencies?state={code}");

        assertThat(count(html, "<path class=\"map-state ")).isEqualTo(32);
        assertThat(count(html, "<a href=\"/agencies?state=")).isEqualTo(64); // the shape and the table row
        assertThat(html).contains("<path class=\"map-state map-step-5\" data-state=\"09\"",
                "<path class=\"map-state map-step-1\" data-state=\"31\"",
                "<path class=\"map-state map-step-3\" data-state=\"19\"",
                "<path class=\"map-state map-step-0\" data-state=\"01\"",
                "<path class=\"map-state map-step-0\" data-state=\"32\"",
                "<a href=\"/agencies?state=09\"><title>Ciudad de México: 100</title>",
                "<title>Zacatecas: sin datos</title>", "<title>Aguascalientes: 0</title>");
        assertThat(count(html, "class=\"map-swatch ")).isEqualTo(6);
        assertThat(count(html, "<tr>")).isEqualTo(33);
    }

    @Test
    void withoutDrillDownTheMapIsOneImageAndSpeaksEnglish() {
        String html = MexicoMapRendering.render(jte, ui, Locale.ENGLISH, VALUES, "Agencies", null);

        assertThat(html).doesNotContain("<a ").contains("role=\"img\"", "<title>Zacatecas: no data</title>",
                "Show the map's data as a table", "81 to 100");
        assertThat(count(html, "<path class=\"map-state ")).isEqualTo(32);
    }

    private static long count(String html, String fragment) {
        return Pattern.compile(Pattern.quote(fragment)).matcher(html).results().count();
    }
}
