package org.acredita.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.setup.FirstAdministrator;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Outside demo mode nobody has a known password: the first administrator comes from a one-time link. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "acredita.demo.enabled=false")
class FirstAdministratorSetupTest {

    @LocalServerPort
    int port;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void setupLinkCreatesTheFirstAdministratorOnceAndNoDemoPasswordExists() {
        Long users = CurrentScope.runAs(AccessScope.SYSTEM, () ->
                jdbc.sql("select count(*) from app_user").query(Long.class).single());
        assertThat(users).isZero();
        assertThat(new AppClient(port).signIn("admin", AppClient.DEMO_PASSWORD).header("Location")).endsWith("error=bad");

        String secret = CurrentScope.runAs(AccessScope.SYSTEM, firstAdministrator::issueLink);
        AppClient setup = new AppClient(port);
        assertThat(setup.get("/setup/" + secret).body()).contains("Configuración inicial de Acredita");
        AppClient.Response weak = setup.postForm("/setup/" + secret, Map.of("organisationName", "Fundación Real",
                "kind", "ADVISORY", "username", "operaciones", "displayName", "Operaciones", "password", "corta"));
        assertThat(weak.status()).isEqualTo(302);
        assertThat(setup.get("/setup/" + secret).body()).as("what was typed comes back, never the password")
                .contains("La contraseña debe tener entre 10 y 128 caracteres.")
                .contains("data-testid=\"field-error-password\"").contains("value=\"Fundación Real\"")
                .contains("value=\"operaciones\"").doesNotContain("value=\"corta\"");

        AppClient.Response done = setup.postForm("/setup/" + secret, Map.of("organisationName", "Fundación Real",
                "kind", "ADVISORY", "username", "operaciones", "displayName", "Operaciones", "password",
                "una-clave-larga-y-propia"));
        assertThat(done.header("Location")).endsWith("/login");
        assertThat(new AppClient(port).get("/setup/" + secret).status()).isEqualTo(410);

        AppClient admin = AppClient.signedIn(port, "operaciones", "una-clave-larga-y-propia");
        assertThat(admin.getJson("/api/v1/me").body()).contains("\"roles\":[\"ADMIN\"]");
        Long audited = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'FIRST_ADMIN_CREATED'").query(Long.class).single());
        assertThat(audited).isEqualTo(1);
    }
}
