package org.acredita.assessments.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 10 §5: an overdue corrective action (the demo police's, under review past its due date) appears on the
 * agency's page and on the programme dashboard, in both languages, and not on another agency's page.
 */
@AcreditaIntegrationTest
class OverdueCorrectiveActionsShownTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPoliceHasOneCorrectiveActionUnderReviewPastItsDueDate() {
        long overdue = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select count(*) from assessment_corrective_action
                where agency_id = ? and state = 'UNDER_REVIEW' and due_date < current_date""")
                .param(DemoOrganisations.police(jdbc)).query(Long.class).single());
        assertThat(overdue).isEqualTo(1);
    }

    @Test
    void theAgencysPageShowsItsOverdueCorrectiveActionsWithALinkInBothLanguages() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.policia");
        String spanish = manager.get("/agencies/" + police + "?lang=es").body();
        assertThat(attention(spanish)).contains("1 acción correctiva vencida")
                .contains("href=\"/agencies/" + police + "/assessments\"");
        assertThat(manager.get("/agencies/" + police + "/assessments").status()).isEqualTo(200);
        assertThat(attention(AppClient.signedIn(port, "asesor").get("/agencies/" + police + "?lang=en").body()))
                .contains("1 overdue corrective action");
    }

    @Test
    void anotherAgencysPageShowsNoOverdueCorrectiveAction() {
        String c5 = AppClient.signedIn(port, "calea.pm").get("/agencies/" + DemoOrganisations.c5(jdbc)).body();
        assertThat(c5).doesNotContain("data-testid=\"agency-attention\"").doesNotContain("acción correctiva vencida");
    }

    @Test
    void theProgrammeDashboardCountsThemAndLinksToTheAgency() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID programme = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from funded_programme where name like '%demostración%'").query(UUID.class).single());
        AppClient funder = AppClient.signedIn(port, "financiador");
        String page = funder.get("/programmes/" + programme + "/dashboard?lang=es").body();
        String figure = page.substring(page.indexOf("data-testid=\"kpi-overdue-actions\""));
        assertThat(figure).contains("Acciones correctivas vencidas")
                .contains("data-testid=\"kpi-overdue-actions-count\">1<")
                .contains("href=\"/agencies/" + police + "\"");
        assertThat(funder.get("/programmes/" + programme + "/dashboard?lang=en").body())
                .contains("Overdue corrective actions");
        assertThat(funder.getJson("/api/v1/programmes/" + programme + "/dashboard").body())
                .contains("\"overdueCorrectiveActions\":1");
        String c5 = AppClient.signedIn(port, "gerente.c5").get("/programmes/" + programme + "/dashboard?lang=es").body();
        assertThat(c5).contains("data-testid=\"kpi-overdue-actions-count\">0<")
                .doesNotContain("data-testid=\"overdue-actions-agency\"");
    }

    private static String attention(String page) {
        int start = page.indexOf("data-testid=\"agency-attention\"");
        assertThat(start).as("the attention block").isNotNegative();
        return page.substring(start, page.indexOf("</div>", start));
    }
}
