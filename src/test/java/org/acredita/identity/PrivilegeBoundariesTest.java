package org.acredita.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Who may change what beyond agency isolation: names, assignments, metrics, privileged rows. */
@AcreditaIntegrationTest
class PrivilegeBoundariesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void agencyManagerEditsDetailsButNotTheRegisteredName() {
        UUID police = DemoOrganisations.police(jdbc);
        AppClient manager = AppClient.signedIn(port, "titular.policia");
        manager.get("/organisations/" + police);
        AppClient.Response saved = manager.postForm("/organisations/" + police,
                Map.of("name", "Centro C5 de Mérida — demostración", "stateCode", "22", "timeZone", "America/Mexico_City"));
        assertThat(saved.status()).isEqualTo(302);
        String page = manager.get("/organisations/" + police).body();
        assertThat(page).contains("Secretaría de Seguridad Ciudadana de Querétaro").contains("readonly");
    }

    @Test
    void refusedFormShowsItsMessageAfterTheRedirect() {
        AppClient user = AppClient.signedIn(port, "personal.policia");
        user.get("/profile");
        AppClient.Response refused = user.postForm("/profile/tokens", Map.of("name", "x", "expiresInDays", "900"));
        assertThat(refused.status()).isEqualTo(302);
        AppClient.Response page = user.get("/profile");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("La vigencia debe ser de 1 a 365 días.");
    }

    @Test
    void programmeManagerAssignsOnlyTheirOwnAssessors() {
        UUID academy = DemoOrganisations.academy(jdbc);
        String advisor = userId("asesor");
        AppClient manager = AppClient.signedIn(port, "calea.pm");
        manager.get("/profile");
        AppClient.Response refused = manager.postForm("/admin/users/" + advisor + "/assignments",
                Map.of("agencyId", academy.toString()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(AppClient.signedIn(port, "asesor").getJson("/api/v1/organisations/" + academy).status()).isEqualTo(404);
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        assertThat(AppClient.signedIn(port, "financiador").get("/actuator/prometheus", "text/plain").status())
                .isEqualTo(403);
        assertThat(new AppClient(port).getJson("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void languageCanBeSwitchedBeforeSigningIn() {
        AppClient visitor = new AppClient(port);
        visitor.get("/login");
        AppClient.Response switched = visitor.postForm("/language", Map.of("lang", "en", "redirect", "/login"));
        assertThat(switched.header("Location")).endsWith("/login");
        assertThat(visitor.get("/login").body()).contains("<html lang=\"en\">").contains("Sign in");
    }

    @Test
    void unknownNamesAreThrottledLikeRealOnes() {
        AppClient client = new AppClient(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(client.signIn("nadie.existe", "x-" + attempt).header("Location")).endsWith("error=bad");
        }
        assertThat(client.signIn("nadie.existe", "x-6").header("Location")).endsWith("error=locked");
        CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("delete from sign_in_throttle where username = 'nadie.existe'").update());
    }

    @Test
    void rowLevelSecurityRefusesPrivilegedRowsToOrdinaryCallers() {
        UUID police = DemoOrganisations.police(jdbc);
        UUID staffId = UUID.fromString(userId("personal.policia"));
        AccessScope staff = new AccessScope(staffId, "personal.policia", police, Set.of(Role.AGENCY_STAFF),
                Reach.of(Set.of(police)), Reach.of(Set.of(police)));
        Integer changed = CurrentScope.runAs(staff, () -> transactions.execute(s -> jdbc.sql(
                "update app_user set password_hash = 'x' where username in ('admin', 'titular.policia')").update()));
        assertThat(changed).isZero();
        assertThatThrownBy(() -> CurrentScope.runAs(staff, () -> transactions.execute(s -> jdbc.sql(
                "insert into role_grant (user_id, role, agency_id) values (?, 'ADMIN', null)").param(staffId).update())))
                .rootCause().hasMessageContaining("row-level security");
        Integer own = CurrentScope.runAs(staff, () -> transactions.execute(s -> jdbc.sql(
                "update app_user set locale = locale where id = ?").param(staffId).update()));
        assertThat(own).isEqualTo(1);
    }

    @Test
    void administratorGrantsAndRevokesRolesButNeverTheLastAdministrator() {
        String staff = userId("personal.policia");
        String admin = userId("admin");
        AppClient administrator = AppClient.signedIn(port, "admin");
        administrator.get("/admin/users/" + staff);
        administrator.postForm("/admin/users/" + staff + "/roles", Map.of("role", "ACCREDITATION_MANAGER"));
        assertThat(AppClient.signedIn(port, "personal.policia").getJson("/api/v1/me").body())
                .contains("\"roles\":[\"ACCREDITATION_MANAGER\",\"AGENCY_STAFF\"]");

        administrator.get("/admin/users/" + staff);
        administrator.postForm("/admin/users/" + staff + "/roles", Map.of("role", "FUNDER_OFFICER"));
        assertThat(administrator.get("/admin/users/" + staff).body())
                .contains("La función «Responsable del programa (financiador)» no corresponde a una organización de tipo «Institución de seguridad pública».");

        administrator.postForm("/admin/users/" + staff + "/roles/ACCREDITATION_MANAGER/revoke", Map.of());
        assertThat(AppClient.signedIn(port, "personal.policia").getJson("/api/v1/me").body())
                .contains("\"roles\":[\"AGENCY_STAFF\"]");

        administrator.get("/admin/users/" + admin);
        administrator.postForm("/admin/users/" + admin + "/roles/ADMIN/revoke", Map.of());
        assertThat(administrator.get("/admin/users/" + admin).body())
                .contains("No puede retirar la última cuenta de administración.");
        Long audited = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action in ('ROLE_GRANTED', 'ROLE_REVOKED') and target_id = ?")
                .param(staff).query(Long.class).single());
        assertThat(audited).isEqualTo(2);
    }

    private String userId(String username) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select id::text from app_user where username = ?")
                .param(username).query(String.class).single());
    }
}
