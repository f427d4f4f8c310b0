package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.SiteBasedAssessments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Commission's steps on the agency's timeline (through {@code agencies.AgencyMilestones}): the demo police's
 * hearing, decision and award, and Colima's year-1 annual report signed and accepted, dated in the reader's format
 * and worded in the reader's language; another agency's page shows none of them to whoever cannot read it.
 */
@AcreditaIntegrationTest
class AgencyTimelineMilestonesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static String milestones(String page) {
        int start = page.indexOf("data-testid=\"milestones\"");
        assertThat(start).as("the timeline shows the Commission's steps").isPositive();
        return page.substring(start, page.indexOf("</table>", start));
    }

    @Test
    void thePoliceTimelineShowsItsHearingDecisionAndAwardInTheReadersLanguageAndDateFormat() {
        UUID police = DemoOrganisations.police(jdbc);
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        AppClient manager = SiteBasedAssessments.signed(port, "gerente.policia");
        String es = milestones(manager.get("/agencies/" + police + "?lang=es").body());
        String esDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Locale.forLanguageTag("es-MX")).format(today);
        assertThat(es).contains("Audiencia ante la Comisión", "Decisión de la Comisión: acreditada con condiciones",
                "Acreditación otorgada (certificado ACR-", esDate, "/agencies/" + police + "/commission")
                .doesNotContain("ACCREDITED_WITH_CONDITIONS").doesNotContain(today.toString());
        String en = milestones(manager.get("/agencies/" + police + "?lang=en").body());
        assertThat(en).contains("Hearing before the Commission", "Commission decision: accredited with conditions",
                "Accreditation granted (certificate ACR-", DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(Locale.ENGLISH).format(today));
    }

    @Test
    void colimasTimelineShowsItsYearOneReportSignedAndAccepted() {
        UUID colima = DemoOrganisations.id(jdbc, "Policía Municipal de Colima — demostración");
        String page = milestones(SiteBasedAssessments.signed(port, "calea.pm").get("/agencies/" + colima + "?lang=es")
                .body());
        assertThat(page).contains("Informe anual del año 1 firmado por el titular",
                "Informe anual del año 1 aceptado por el organismo acreditador", "Acreditación otorgada",
                "/agencies/" + colima + "/annual-reports");
    }
}
