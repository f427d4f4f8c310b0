package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.SiteBasedAssessments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's Commission: the police force heard at a held meeting with `comisionado` on its panel and his vote
 * recorded, accredited with one open condition, its certificate downloadable in both languages and verifiable; the
 * next meeting planned with an empty docket, since the demo's C5 has no released report yet.
 */
@AcreditaIntegrationTest
class DemoPoliceAccreditationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPoliceWasHeardAndAccreditedWithOneOpenConditionAndItsCertificateVerifies() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient pm = SiteBasedAssessments.signed(port, "calea.pm");
        String meetings = pm.getJson("/api/v1/commission/meetings").body();
        assertThat(meetings).contains("\"status\":\"HELD\"", "\"agencyId\":\"" + police + "\"",
                "\"decision\":\"ACCREDITED_WITH_CONDITIONS\"", "\"status\":\"PLANNED\"");
        assertThat(SiteBasedAssessments.signed(port, "comisionado").getJson("/api/v1/commission/meetings").body())
                .as("he sits on its panel").contains(police.toString());
        assertThat(SiteBasedAssessments.signed(port, "comisionada").getJson("/api/v1/commission/meetings").body())
                .as("her declared conflict kept her off it").doesNotContain(police.toString());
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select count(*) from commission_vote v join app_user u on u.id = v.commissioner_id
                where v.agency_id = ? and u.username = 'comisionado' and v.vote = 'FOR'""").param(police)
                .query(Long.class).single())).isEqualTo(1);

        AppClient manager = SiteBasedAssessments.signed(port, "gerente.policia");
        String awards = manager.getJson("/api/v1/agencies/" + police + "/awards").body();
        assertThat(awards).contains("\"status\":\"ACTIVE\"", "\"liftedOn\":null", "línea de quejas");
        String award = SiteBasedAssessments.id(awards);
        String number = awards.replaceFirst("(?s).*\"certificateNumber\":\"([^\"]+)\".*", "$1");
        for (String lang : new String[] {"es", "en"}) {
            AppClient.Response pdf = manager.get("/api/v1/awards/" + award + "/certificate?lang=" + lang);
            assertThat(pdf.status()).as(lang).isEqualTo(200);
            assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        }
        String hash = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select substr(certificate_hash, 1, 16) from commission_award where id = ?::uuid").param(award)
                .query(String.class).single());
        assertThat(new AppClient(port).getJson("/api/v1/public/certificates/" + number + "?h=" + hash).body())
                .contains("\"status\":\"VALID\"", "Querétaro");

        assertThat(manager.get("/agencies/" + police + "/commission?lang=es").body())
                .contains("Audiencias ante la Comisión", "Acreditada con condiciones", "línea de quejas", "Abierta",
                        number, "certificate?lang=es", "certificate?lang=en");
        assertThat(manager.get("/agencies/" + police + "?lang=es").body()).contains("/agencies/" + police + "/commission");
    }
}
