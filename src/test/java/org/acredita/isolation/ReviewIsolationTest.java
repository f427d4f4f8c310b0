package org.acredita.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.UserManagement;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review screen and verdicts are the team's: an assessor not on the team, the agency itself, its advisors
 * (on a review that is not their mock assessment), another agency, funders, commissioners and a visitor see none of
 * it and change nothing (404; a visitor is sent to sign in); the team's private notes never reach them.
 */
@AcreditaIntegrationTest
class ReviewIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    String review;
    String number;

    @BeforeEach
    void findTheDemoReview() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        review = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select id::text from assessment where "
                + "agency_id = ? and status = 'IN_PROGRESS' and kind = 'REMOTE_FILE_REVIEW'").param(c5)
                .query(String.class).single());
        number = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select number from assessment_verdict "
                + "where assessment_id = ?::uuid and verdict = 'NOT_IN_COMPLIANCE' limit 1").param(review)
                .query(String.class).single());
    }

    @Test
    void nobodyOutsideTheTeamSeesOrChangesTheReview() {
        UUID accreditor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id from organisation where kind = 'ACCREDITOR' limit 1").query(UUID.class).single());
        String outsider = NewAccounts.create(users, accreditor, Role.ASSESSOR);
        long before = verdicts();
        for (String username : new String[] {outsider, "gerente.c5", "asesor", "gerente.policia", "financiador",
                "comisionado"}) {
            AppClient caller = AppClient.signedIn(port, username, username.startsWith("prueba-")
                    ? NewAccounts.PASSWORD : AppClient.DEMO_PASSWORD);
            caller.get("/profile");
            assertThat(caller.get("/assessments/" + review + "/review").status()).as(username).isEqualTo(404);
            assertThat(caller.get("/assessments/" + review + "/review/" + number).status()).as(username)
                    .isEqualTo(404);
            assertThat(caller.get("/assessments/" + review + "/review/" + number + "/proofs/0").status())
                    .as(username).isEqualTo(404);
            assertThat(caller.getJson("/api/v1/assessments/" + review + "/standards").status()).as(username)
                    .isEqualTo(404);
            assertThat(caller.sendJson("PUT", "/api/v1/assessments/" + review + "/standards/" + number + "/verdict",
                    "{\"verdict\":\"NOT_IN_COMPLIANCE\"}", true).status()).as(username).isEqualTo(404);
            assertThat(caller.postForm("/assessments/" + review + "/review/" + number + "/verdict",
                    Map.of("verdict", "NOT_IN_COMPLIANCE")).status()).as(username).isIn(302, 404);
            String everything = caller.get("/assessments/" + review).body()
                    + caller.getJson("/api/v1/assessments/" + review).body();
            assertThat(everything).as(username).doesNotContain("Pedir en la visita").doesNotContain("difusión firmada");
        }
        assertThat(verdicts()).isEqualTo(before);
        AppClient visitor = new AppClient(port);
        assertThat(visitor.get("/assessments/" + review + "/review").status()).isIn(302, 401);
        assertThat(visitor.getJson("/api/v1/assessments/" + review + "/standards").status()).isIn(401, 404);
        assertThat(visitor.sendJson("PUT", "/api/v1/assessments/" + review + "/standards/" + number + "/verdict",
                "{\"verdict\":\"IN_COMPLIANCE\"}", false).status()).isIn(401, 403, 404);
    }

    @Test
    void theTeamSeesItsPrivateNotes() {
        AppClient reviewer = AppClient.signedIn(port, "evaluador");
        assertThat(reviewer.getJson("/api/v1/assessments/" + review + "/standards").body())
                .contains("Pedir en la visita");
        assertThat(reviewer.get("/assessments/" + review + "/review/" + number).body()).contains("Pedir en la visita");
    }

    private long verdicts() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from assessment_verdict")
                .query(Long.class).single());
    }
}
