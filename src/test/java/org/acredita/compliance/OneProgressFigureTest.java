package org.acredita.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The file page and the "would we pass today?" page show a file's progress with the same figures and words: met of
 * applicable, per chapter and overall, computed once by the compliance module.
 */
@AcreditaIntegrationTest
class OneProgressFigureTest {

    private static final Pattern CHAPTER_ROW = Pattern.compile(
            "data-testid=\"chapter-(\\d+)\">.*?<td class=\"text-end text-nowrap\">(\\d+ / \\d+)</td>", Pattern.DOTALL);
    private static final Pattern SLOT = Pattern.compile("hx-get=\"([^\"]+)\" hx-trigger=\"load\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void filePageAndWouldWePassPageShowTheSameProgressPerChapter() {
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        String file = DemoOrganisations.policeFile(jdbc);
        String agency = manager.get("/accreditation-files/" + file + "/readiness").body()
                .replaceAll("(?s).*href=\"(/agencies/[0-9a-f-]{36})/accreditation\".*", "$1");

        String filePage = shownWithItsParts(manager, manager.get(agency + "/accreditation").body());
        String wouldPass = manager.get("/accreditation-files/" + file + "/readiness").body();

        Map<String, String> onFilePage = chapterFigures(filePage);
        assertThat(onFilePage).isNotEmpty().isEqualTo(chapterFigures(wouldPass));
        assertThat(overall(filePage)).isEqualTo(overall(wouldPass));
    }

    /** The page as a person sees it: with the parts it loads with htmx. */
    private static String shownWithItsParts(AppClient client, String page) {
        StringBuilder shown = new StringBuilder(page);
        Matcher slot = SLOT.matcher(page);
        while (slot.find()) {
            shown.append(client.get(slot.group(1)).body());
        }
        return shown.toString();
    }

    private static Map<String, String> chapterFigures(String html) {
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher row = CHAPTER_ROW.matcher(html);
        while (row.find()) {
            figures.put(row.group(1), row.group(2));
        }
        return figures;
    }

    private static String overall(String html) {
        Matcher overall = Pattern.compile("data-testid=\"overall\">(\\d+ / \\d+)<").matcher(html);
        return overall.find() ? overall.group(1) : "none";
    }
}
