package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accreditation body's home inbox (HomeInboxTest style): the programme manager sees the annual reports signed and
 * waiting for acceptance and the conditions open past their due date, each linked where it is acted on; an assessor,
 * the funder and another agency's people do not.
 */
@AcreditaIntegrationTest
class AfterTheDecisionInboxTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    private String home(String username) {
        AppClient.Response response = AppClient.signedIn(port, username).get("/?lang=es-MX");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theProgrammeManagerSeesSignedReportsWaitingAndConditionsPastDue() {
        UUID agency = UUID.fromString(new HeardAgencies(port, jdbc, users).readyForReview("Policía de Manzanillo"));
        String name = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select name from organisation where id = ?").param(agency).query(String.class).single());
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        UUID award = PastAwards.granted(jdbc, agency, today.minusYears(1).minusDays(20));
        LocalDate due = today.minusDays(10);
        CurrentScope.runAs(AccessScope.SYSTEM, () -> {
            jdbc.sql("""
                    insert into commission_condition (decision_id, agency_id, text, due_on)
                    select decision_id, agency_id, 'Publicar el protocolo de uso de la fuerza', ?
                    from commission_award where id = ?""").params(due, award).update();
            return jdbc.sql("""
                    insert into annual_report (award_id, agency_id, year, status, signed_at, signed_text, signed_sha256)
                    values (?, ?, 1, 'SIGNED', clock_timestamp(), 'informe', ?)""")
                    .params(award, agency, "a".repeat(64)).update();
        });

        String pm = home("calea.pm");
        assertThat(pm).contains("Después de la decisión",
                name + ": informe anual del año 1 firmado, espera su aceptación",
                "href=\"/agencies/" + agency + "/annual-reports\"",
                name + ": condición vencida: Publicar el protocolo de uso de la fuerza",
                "href=\"/agencies/" + agency + "/commission\"", "Fecha límite: " + DateTimeFormatter
                        .ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.forLanguageTag("es-MX")).format(due));
        assertThat(AppClient.signedIn(port, "calea.pm").get("/?lang=en").body())
                .contains("After the decision", name + ": year 1 annual report signed, waiting for acceptance");
        for (String other : new String[] {"evaluador", "financiador", "gerente.policia"}) {
            assertThat(home(other)).as(other).doesNotContain("inbox-after-decision").doesNotContain(name);
        }
    }
}
