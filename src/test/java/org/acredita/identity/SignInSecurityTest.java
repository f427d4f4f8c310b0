package org.acredita.identity;

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

/** Sign-in, throttling, CSRF, cookies, headers and sessions kept in PostgreSQL. */
@AcreditaIntegrationTest
class SignInSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void wrongPasswordIsRefusedWithASpanishMessage() {
        AppClient client = new AppClient(port);
        AppClient.Response response = client.signIn("gerente.c5", "no-es-la-clave");
        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login?error=bad");
        assertThat(client.get("/login?error=bad").body()).contains("Usuario o contraseña incorrectos.");
        assertThat(AppClient.signedIn(port, "gerente.c5").get("/").status()).isEqualTo(200);
    }

    @Test
    void repeatedFailuresLockTheAccountForACoolDownAndAreAudited() {
        AppClient client = new AppClient(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            client.signIn("comisionado", "wrong-" + attempt);
        }
        AppClient.Response locked = client.signIn("comisionado", AppClient.DEMO_PASSWORD);
        assertThat(locked.header("Location")).endsWith("/login?error=locked");
        assertThat(client.get("/login?error=locked").body()).contains("Intente de nuevo en 15 minutos");
        Long audited = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from audit_event where action = 'LOGIN_LOCKED' and summary like 'comisionado%'")
                .query(Long.class).single());
        assertThat(audited).isEqualTo(1);
        CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "delete from sign_in_throttle where username = 'comisionado'").update());
    }

    @Test
    void formWithoutCsrfTokenIsRefused() {
        AppClient client = AppClient.signedIn(port, "gerente.policia");
        AppClient.Response response = client.postFormWithoutCsrf("/language", Map.of("lang", "en"));
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body()).contains("el formulario caducó");
        assertThat(client.getJson("/api/v1/me").body()).contains("\"locale\":\"es-MX\"");
    }

    @Test
    void pagesCarrySecurityHeadersAndAStrictContentSecurityPolicy() {
        AppClient.Response login = new AppClient(port).get("/login");
        String csp = login.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.body()).contains("<meta name=\"_csrf\"").contains("<meta name=\"_csrf_header\"");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndTheSessionLivesInPostgres() {
        AppClient client = new AppClient(port);
        client.get("/login");
        AppClient.Response response = client.postForm("/login",
                Map.of("username", "titular.policia", "password", AppClient.DEMO_PASSWORD));
        String cookie = response.headerValues("Set-Cookie").stream().filter(c -> c.startsWith("ACREDITA_SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax");
        Long sessions = jdbc.sql("select count(*) from spring_session where principal_name = 'titular.policia'")
                .query(Long.class).single();
        assertThat(sessions).isPositive();
    }

    @Test
    void unknownSessionSendsPeopleToSignInAndApiClientsAProblem() {
        AppClient client = new AppClient(port);
        AppClient.Response page = client.get("/organisations");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).contains("/login");
        AppClient.Response api = new AppClient(port).language("en").getJson("/api/v1/me");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.body()).contains("Authentication required");
    }

    @Test
    void expiredSessionSaysSoToPeopleAndToApiClients() {
        AppClient client = AppClient.signedIn(port, "gerente.policia");
        assertThat(client.get("/").status()).isEqualTo(200);
        jdbc.sql("delete from spring_session where principal_name = 'gerente.policia'").update();
        assertThat(client.getJson("/api/v1/me").body()).contains("Su sesión expiró");
        AppClient.Response page = client.get("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login?expired");
        assertThat(client.get("/login?expired").body()).contains("Su sesión expiró por inactividad");
    }

    @Test
    void changingThePasswordEndsTheOtherSessions() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/admin/users/new");
        String police = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id::text from organisation where name like '%Querétaro%'").query(String.class).single());
        admin.postForm("/admin/users", Map.of("username", "dos.sesiones", "displayName", "Persona con dos sesiones",
                "organisationId", police, "roles", "AGENCY_STAFF", "password", "primera-clave-larga", "locale", "es-MX"));
        AppClient laptop = AppClient.signedIn(port, "dos.sesiones", "primera-clave-larga");
        AppClient phone = AppClient.signedIn(port, "dos.sesiones", "primera-clave-larga");
        assertThat(phone.get("/").status()).isEqualTo(200);

        laptop.get("/profile");
        laptop.postForm("/profile/password", Map.of("currentPassword", "primera-clave-larga",
                "newPassword", "segunda-clave-larga", "confirmPassword", "segunda-clave-larga"));
        assertThat(laptop.get("/profile").body()).contains("se cerraron sus demás sesiones");
        assertThat(phone.get("/").status()).isEqualTo(302);
        assertThat(AppClient.signedIn(port, "dos.sesiones", "segunda-clave-larga").get("/").status()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSession() {
        AppClient client = AppClient.signedIn(port, "personal.policia");
        client.get("/");
        AppClient.Response out = client.postForm("/logout", Map.of());
        assertThat(out.header("Location")).endsWith("/login?logout");
        assertThat(client.get("/").status()).isEqualTo(302);
    }

    @Test
    void disabledUserLosesAccessImmediately() {
        AppClient admin = AppClient.signedIn(port, "admin");
        String body = admin.sendJson("POST", "/api/v1/me/tokens", "{\"name\":\"fixture\",\"expiresInDays\":1}", true).body();
        assertThat(body).contains("token");
        AppClient staff = AppClient.signedIn(port, "gerente.academia");
        assertThat(staff.get("/").status()).isEqualTo(200);
        String userId = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select id::text from app_user where username = 'gerente.academia'").query(String.class).single());
        admin.get("/admin/users/" + userId);
        assertThat(admin.postForm("/admin/users/" + userId + "/enabled", Map.of("enabled", "false")).status()).isEqualTo(302);
        assertThat(staff.get("/").status()).isEqualTo(302);
        admin.get("/admin/users/" + userId);
        admin.postForm("/admin/users/" + userId + "/enabled", Map.of("enabled", "true"));
        assertThat(AppClient.signedIn(port, "gerente.academia").get("/").status()).isEqualTo(200);
    }
}
