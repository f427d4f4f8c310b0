package org.acredita.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.acredita.notifications.NotificationFixture;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What pages show is in the reader's words and formats: monthly periods by their month, dates in history entries
 * and search results as the reader writes dates (never ISO), and "no applicable standards" instead of 100 % of 0.
 */
@AcreditaIntegrationTest
class ReaderFormatsTest {

    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern SPANISH_MONTH = Pattern.compile(
            "(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) \\d{4}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void monthlyPeriodsAreNamedByTheirMonth() {
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        String panel = manager.get("/accreditation-files/" + DemoOrganisations.policeFile(jdbc) + "/standards/5.1.3/proofs")
                .body();
        assertThat(panel).doesNotContain("Periodo 1<").containsPattern(SPANISH_MONTH);
    }

    @Test
    void commissionMeetingsStartAtTheTimeOfDayAsTheReaderWritesIt() {
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        String english = manager.get("/commission/meetings?lang=en").body();
        assertThat(english).containsPattern("9:00[ \u00A0\u202F]AM").doesNotContain("09:00");
        String spanish = manager.get("/commission/meetings?lang=es").body();
        assertThat(spanish).containsPattern("9:00").doesNotContainPattern("\\bAM\\b");
    }

    @Test
    void historyEntriesAndSearchResultTitlesShowDatesAsTheReaderWritesThem() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Ocotlán — fechas");
        UUID manager = f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        UUID file = f.accreditationFile(1);
        String path = "/accreditation-files/" + file + "/standards/" + f.numbers(file).get(0);
        AppClient client = AppClient.signedIn(port, f.username("gerente"), NotificationFixture.PASSWORD);
        client.get(path);
        client.postForm(path + "/plan", Map.of("assignee", manager.toString(), "dueDate", "2027-03-15"));

        String history = section(client.get(path).body(), "data-testid=\"history\"");
        assertThat(history).contains("15 mar. 2027").doesNotContainPattern(ISO_DATE);

        String results = AppClient.signedIn(port, "gerente.policia").get("/search?q=orden").body();
        assertThat(results).contains("<h2 class=\"h6 mb-1\">");
        for (String title : results.split("<h2 class=\"h6 mb-1\">")) {
            assertThat(title.substring(0, title.indexOf("</h2>") < 0 ? 0 : title.indexOf("</h2>")))
                    .doesNotContainPattern(ISO_DATE);
        }
    }

    @Test
    void noApplicableStandardsIsSaidInWordsNotAsOneHundredPercent() {
        NotificationFixture f = new NotificationFixture(jdbc, passwords, "Policía de Arandas — nada aplica");
        f.user("gerente", "ACCREDITATION_MANAGER", true, "es-MX", true);
        UUID file = f.accreditationFile(2);
        for (String number : f.numbers(file)) {
            f.assignment(file, number, null, (LocalDate) null, "NOT_APPLICABLE");
        }
        String overview = AppClient.signedIn(port, f.username("gerente"), NotificationFixture.PASSWORD)
                .get("/accreditation/overview").body();
        assertThat(overview).contains("Sin normas aplicables").doesNotContain("100 %");
    }

    private static String section(String page, String marker) {
        int start = page.indexOf(marker);
        return start < 0 ? "" : page.substring(start, page.indexOf("</ol>", start));
    }
}
