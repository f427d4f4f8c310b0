package org.acredita.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Directive coverage is measured against the agency's own manual: its file's edition, else its programme's. */
@AcreditaIntegrationTest
class CoverageEditionTest {

    private static final Pattern SELECTED = Pattern.compile("<option value=\"([0-9a-f-]{36})\" selected");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgencyWithoutAFileIsMeasuredAgainstItsProgrammesLatestManual() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        String expected = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select id::text from manual_edition where programme = 'COMMUNICATIONS' and status = 'PUBLISHED'
                order by effective_date desc limit 1""").query(String.class).single());
        String page = AppClient.signedIn(port, "admin").get("/agencies/" + c5 + "/directives/coverage").body();
        assertThat(selected(page)).isEqualTo(expected);
    }

    @Test
    void anAgencyWithAFileIsMeasuredAgainstTheEditionItsFileIsPinnedTo() {
        UUID police = DemoOrganisations.police(jdbc);
        String pinned = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select edition_id::text from accreditation_file where id = ?::uuid")
                .param(DemoOrganisations.policeFile(jdbc)).query(String.class).single());
        String page = AppClient.signedIn(port, "gerente.policia").get("/agencies/" + police + "/directives/coverage").body();
        assertThat(selected(page)).isEqualTo(pinned);
    }

    private static String selected(String page) {
        Matcher selected = SELECTED.matcher(page);
        return selected.find() ? selected.group(1) : "none selected";
    }
}
