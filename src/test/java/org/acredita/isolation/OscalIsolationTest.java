package org.acredita.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An assessment's OSCAL documents go to those who see its findings: the team and programme staff, and the agency
 * and its advisors once the findings went to the agency. An unassigned assessor, another agency, funders,
 * commissioners and (before the findings are sent) the agency itself get 404; a visitor 401.
 */
@AcreditaIntegrationTest
class OscalIsolationTest {

    private static final List<String> DOCUMENTS = List.of("assessment-results", "poam");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    @Test
    void nobodyOutsideTheTeamReadsAReviewWhoseFindingsWereNotSent() {
        String review = review(DemoOrganisations.c5(jdbc), "IN_PROGRESS");
        for (String username : List.of(outsider(), "gerente.c5", "asesor", "gerente.policia", "financiador",
                "comisionado")) {
            AppClient caller = signedIn(username);
            for (String document : DOCUMENTS) {
                assertThat(caller.getJson(path(review, document)).status()).as(username + " " + document)
                        .isEqualTo(404);
            }
        }
        assertThat(AppClient.signedIn(port, "evaluador").getJson(path(review, "assessment-results")).status())
                .isEqualTo(200);
        for (String document : DOCUMENTS) {
            assertThat(new AppClient(port).getJson(path(review, document)).status()).isEqualTo(401);
        }
    }

    @Test
    void theAgencyAndItsAdvisorReadTheirReleasedAssessmentAndNoOneElseOutsideTheTeam() {
        String review = review(DemoOrganisations.police(jdbc), "REPORT_RELEASED", "SITE_BASED_ASSESSMENT");
        for (String username : List.of("gerente.policia", "asesor", "evaluador", "calea.pm")) {
            AppClient caller = AppClient.signedIn(port, username);
            for (String document : DOCUMENTS) {
                assertThat(caller.getJson(path(review, document)).status()).as(username + " " + document)
                        .isEqualTo(200);
            }
        }
        for (String username : List.of(outsider(), "gerente.c5", "gerente.academia", "financiador", "comisionado")) {
            AppClient caller = signedIn(username);
            for (String document : DOCUMENTS) {
                assertThat(caller.getJson(path(review, document)).status()).as(username + " " + document)
                        .isEqualTo(404);
            }
        }
        for (String document : DOCUMENTS) {
            assertThat(new AppClient(port).getJson(path(review, document)).status()).isEqualTo(401);
        }
    }

    private AppClient signedIn(String username) {
        return AppClient.signedIn(port, username, username.startsWith("prueba-") ? NewAccounts.PASSWORD
                : AppClient.DEMO_PASSWORD);
    }

    private String outsider() {
        UUID accreditor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from organisation where kind = 'ACCREDITOR' limit 1").query(UUID.class).single());
        return NewAccounts.create(users, accreditor, Role.ASSESSOR);
    }

    private String review(UUID agency, String status) {
        return review(agency, status, "REMOTE_FILE_REVIEW");
    }

    private String review(UUID agency, String status, String kind) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select a.id::text from assessment a where "
                + "a.agency_id = ? and a.status = ? and a.kind = ? and exists (select 1 from "
                + "assessment_verdict v where v.assessment_id = a.id)").params(agency, status, kind)
                .query(String.class).single());
    }

    private static String path(String review, String document) {
        return "/api/v1/assessments/" + review + "/oscal/" + document;
    }
}
