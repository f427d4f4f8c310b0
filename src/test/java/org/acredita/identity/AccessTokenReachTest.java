package org.acredita.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
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
 * A personal access token reaches the API only: on the pages it is no sign-in at all (and no way around CSRF), and
 * what changes how an account is reached or proved (new tokens, e-mail, password) needs a person signed in by form.
 */
@AcreditaIntegrationTest
class AccessTokenReachTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    private String username;
    private AppClient script;

    @BeforeEach
    void aPersonWithADayToken() {
        username = NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.AGENCY_STAFF);
        script = AppClient.withToken(port,
                NewAccounts.token(AppClient.signedIn(port, username, NewAccounts.PASSWORD), 1));
    }

    @Test
    void tokenStillCallsTheApi() {
        AppClient.Response me = script.getJson("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + username + "\"");
    }

    @Test
    void administratorsTokenStillReadsTheMetrics() {
        AppClient scraper = AppClient.withToken(port, NewAccounts.token(AppClient.signedIn(port, "admin"), 1));
        assertThat(scraper.get("/actuator/prometheus", "text/plain").body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void tokenDoesNotOpenThePersonsPages() {
        AppClient.Response profile = script.get("/profile");
        assertThat(profile.status()).isEqualTo(302);
        assertThat(profile.header("Location")).endsWith("/login");
        assertThat(profile.body()).doesNotContain(username);
    }

    @Test
    void tokenCannotMintALongerTokenOnTheProfilePage() {
        AppClient.Response withoutCsrf = script.postFormWithoutCsrf("/profile/tokens",
                Map.of("name", "para siempre", "expiresInDays", "365"));
        assertThat(withoutCsrf.status()).isEqualTo(403);
        // With the CSRF token of an anonymous visit to the sign-in page, the token still signs nobody in.
        script.get("/login");
        AppClient.Response withCsrf = script.postForm("/profile/tokens",
                Map.of("name", "para siempre", "expiresInDays", "365"));
        assertThat(withCsrf.status()).isEqualTo(302);
        assertThat(withCsrf.header("Location")).endsWith("/login");
        assertThat(tokenCount()).isEqualTo(1);
    }

    @Test
    void tokenCannotChangeTheEmailOnTheProfilePage() {
        assertThat(script.postFormWithoutCsrf("/profile/email", Map.of("email", "intruso@ejemplo.mx")).status())
                .isEqualTo(403);
        script.get("/login");
        assertThat(script.postForm("/profile/email", Map.of("email", "intruso@ejemplo.mx")).header("Location"))
                .endsWith("/login");
        assertThat(email()).isEqualTo(username + "@ejemplo.mx");
    }

    @Test
    void tokenCannotChangeThePasswordOnTheProfilePage() {
        Map<String, String> change = Map.of("currentPassword", NewAccounts.PASSWORD,
                "newPassword", "otra-clave-muy-larga", "confirmPassword", "otra-clave-muy-larga");
        assertThat(script.postFormWithoutCsrf("/profile/password", change).status()).isEqualTo(403);
        script.get("/login");
        assertThat(script.postForm("/profile/password", change).header("Location")).endsWith("/login");
        assertThat(AppClient.signedIn(port, username, NewAccounts.PASSWORD).get("/profile").status()).isEqualTo(200);
    }

    @Test
    void tokenCannotMintATokenThroughTheApiAndIsToldWhy() {
        AppClient.Response refused = script.sendJson("POST", "/api/v1/me/tokens",
                "{\"name\":\"para siempre\",\"expiresInDays\":365}", false);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("requiere una sesión iniciada con su contraseña");
        // The saved language beats Accept-Language; changing it is harmless and stays open to a token.
        assertThat(script.sendJson("PATCH", "/api/v1/me", "{\"locale\":\"en\"}", false).status()).isEqualTo(200);
        AppClient.Response english = script.sendJson("POST", "/api/v1/me/tokens",
                "{\"name\":\"forever\",\"expiresInDays\":365}", false);
        assertThat(english.body()).contains("needs a session signed in with your password");
        assertThat(tokenCount()).isEqualTo(1);
    }

    @Test
    void signedInPersonStillMintsTokensAndChangesTheirEmail() {
        AppClient person = AppClient.signedIn(port, username, NewAccounts.PASSWORD);
        person.get("/profile");
        person.postForm("/profile/tokens", Map.of("name", "otro script", "expiresInDays", "30"));
        person.postForm("/profile/email", Map.of("email", "nueva@ejemplo.mx"));
        assertThat(tokenCount()).isEqualTo(2);
        assertThat(email()).isEqualTo("nueva@ejemplo.mx");
    }

    private long tokenCount() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                select count(*) from access_token t join app_user u on u.id = t.user_id where u.username = ?
                """).param(username).query(Long.class).single());
    }

    private String email() {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select email from app_user where username = ?")
                .param(username).query(String.class).single());
    }
}
