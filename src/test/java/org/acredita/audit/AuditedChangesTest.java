package org.acredita.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** State changes through the application write their audit event in the same transaction. */
@AcreditaIntegrationTest
class AuditedChangesTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void creatingAnOrganisationIsAuditedWithItsActor() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/admin/organisations/new");
        admin.postForm("/admin/organisations", Map.of("kind", "AGENCY", "name", "Policía Municipal de Prueba (ficticia)",
                "stateCode", "14", "timeZone", "America/Mexico_City"));
        String actor = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select actor_name from audit_event where action = 'ORGANISATION_CREATED' and summary like '%Municipal de Prueba%'")
                .query(String.class).single());
        assertThat(actor).isEqualTo("admin");
    }

    @Test
    void refusedChangeLeavesNeitherDataNorAuditEvent() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/admin/organisations/new");
        long before = count();
        AppClient.Response refused = admin.postForm("/admin/organisations", Map.of("kind", "AGENCY",
                "name", "Institución con clave inválida", "stateCode", "99"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(admin.get("/admin/organisations/new").body())
                .contains("«99» no es una clave INEGI de entidad federativa");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void agencyManagerSeesOnlyTheirAgencysAuditEventsOnThePage() {
        AppClient manager = AppClient.signedIn(port, "gerente.c5");
        AppClient.Response page = manager.get("/audit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("DEMO_SEEDED").doesNotContain("Querétaro");
        assertThat(AppClient.signedIn(port, "personal.policia").get("/audit").status()).isEqualTo(403);
    }

    private long count() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select count(*) from audit_event")
                .query(Long.class).single());
    }
}
