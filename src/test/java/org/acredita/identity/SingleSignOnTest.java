package org.acredita.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.mockwebserver.RecordedRequest;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.acredita.support.NewAccounts;
import org.acredita.support.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in through OpenID Connect providers against a real provider started here (mock-oauth2-server): the
 * authorisation-code flow with PKCE driven over HTTP, matching by verified e-mail then by subject, provisioning only
 * where the administrator allowed it, and every refusal (unverified e-mail, unknown person, disabled account, a
 * provider turned off, a token from another issuer, an expired token) back on the sign-in page and audited. This
 * deployment turns local passwords off. Its own context (providers configured), so the shared one keeps none.
 */
@TestIdentityProvider.Deployment
class SingleSignOnTest {

    static final MockOAuth2Server PROVIDER = TestIdentityProvider.server();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    private final HttpClient browserAtProvider = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aPersonIsMatchedByVerifiedEmailThroughTheCodeFlowWithPkceAndLaterBySubject() {
        String username = NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.AGENCY_STAFF);
        String subject = "sub-" + UUID.randomUUID();
        drainRecordedRequests();
        AppClient person = new AppClient(port);
        person.get("/login");
        String sessionBefore = sessionCookie(person);

        Flow flow = start(person, "agencia");
        assertThat(flow.authorizationUrl()).contains("code_challenge=").contains("code_challenge_method=S256")
                .contains("nonce=");
        AppClient.Response answer = finish(person, flow, token(subject, username + "@ejemplo.mx", true));

        assertThat(answer.header("Location")).endsWith("/");
        assertThat(sessionCookie(person)).isNotEqualTo(sessionBefore);
        assertThat(person.getJson("/api/v1/me").body()).contains("\"username\":\"" + username + "\"");
        assertThat(tokenRequestBodies()).anySatisfy(body -> assertThat(body).contains("code_verifier="));
        assertThat(system(() -> jdbc.sql("""
                select count(*) from sign_in_link l join app_user u on u.id = l.user_id
                where l.subject = ? and l.provider = 'agencia' and u.username = ?""").params(subject, username)
                .query(Long.class).single())).isEqualTo(1);
        assertThat(audited("SIGN_IN_LINKED", username)).isEqualTo(1);
        // Without local passwords there is no password to change on the profile.
        assertThat(person.get("/profile").body()).contains("action=\"/profile/email\"")
                .doesNotContain("action=\"/profile/password\"");
        // The session is a person's: it may do what only an interactive session may (create an access token).
        assertThat(NewAccounts.token(person, 7)).isNotBlank();

        // Later, the provider's e-mail changed (even unverified): the subject still says who it is.
        AppClient again = new AppClient(port);
        AppClient.Response later = finish(again, start(again, "agencia"), token(subject, "otra@ejemplo.mx", false));
        assertThat(later.header("Location")).endsWith("/");
        assertThat(again.getJson("/api/v1/me").body()).contains("\"username\":\"" + username + "\"");
    }

    @Test
    void anUnverifiedEmailIsRefusedWithAMessageAndAudited() {
        String username = NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.AGENCY_STAFF);
        AppClient person = new AppClient(port);

        AppClient.Response answer = finish(person, start(person, "agencia"),
                token("sub-" + UUID.randomUUID(), username + "@ejemplo.mx", false));

        assertThat(answer.header("Location")).endsWith("/login?error=provider-unverified");
        assertThat(person.get("/login?error=provider-unverified").body())
                .contains("El proveedor de identidad no confirmó su correo electrónico");
        assertThat(person.language("en").get("/login?error=provider-unverified").body())
                .contains("The identity provider did not confirm your e-mail address");
        assertThat(person.getJson("/api/v1/me").status()).isEqualTo(401);
        assertThat(audited("LOGIN_FAILED", "unverified · " + username + "@ejemplo.mx")).isEqualTo(1);
    }

    @Test
    void aDisabledAccountIsRefused() {
        String username = NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.AGENCY_STAFF);
        UUID id = system(() -> jdbc.sql("select id from app_user where username = ?").param(username)
                .query(UUID.class).single());
        CurrentScope.runAs(AccessScope.SEEDING, () -> users.setEnabled(id, false));
        AppClient person = new AppClient(port);

        AppClient.Response answer = finish(person, start(person, "agencia"),
                token("sub-" + UUID.randomUUID(), username + "@ejemplo.mx", true));

        assertThat(answer.header("Location")).endsWith("/login?error=provider-disabled");
        assertThat(person.get("/login?error=provider-disabled").body()).contains("Su cuenta de Acredita está desactivada");
        assertThat(audited("LOGIN_FAILED", "disabled · " + username)).isEqualTo(1);
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String username = NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.AGENCY_STAFF);
        Map<String, Object> claims = new HashMap<>(claims(username + "@ejemplo.mx", true));
        claims.put("iss", PROVIDER.issuerUrl("otro").toString());
        AppClient person = new AppClient(port);

        AppClient.Response answer = finish(person, start(person, "agencia"),
                new DefaultOAuth2TokenCallback("agencia", "sub-" + UUID.randomUUID(), "JWT", null, claims, 3600));

        assertThat(answer.header("Location")).endsWith("/login?error=provider-failed");
        assertThat(person.get("/login?error=provider-failed").body())
                .contains("No fue posible completar el inicio de sesión con el proveedor de identidad");
        assertThat(person.getJson("/api/v1/me").status()).isEqualTo(401);
        assertThat(linksOf(username)).isZero();
        assertThat(audited("LOGIN_FAILED", "agencia · failed · invalid_id_token")).isPositive();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String username = NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.AGENCY_STAFF);
        AppClient person = new AppClient(port);

        // Issued two hours ago, expired an hour ago: well past the minute of clock skew allowed.
        long now = java.time.Instant.now().getEpochSecond();
        Map<String, Object> claims = new HashMap<>(claims(username + "@ejemplo.mx", true));
        claims.put("iat", now - 7200);
        claims.put("exp", now - 3600);

        AppClient.Response answer = finish(person, start(person, "agencia"), callback("sub-" + UUID.randomUUID(),
                claims));

        assertThat(answer.header("Location")).endsWith("/login?error=provider-failed");
        assertThat(person.getJson("/api/v1/me").status()).isEqualTo(401);
        assertThat(linksOf(username)).isZero();
    }

    @Test
    void anUnknownPersonGetsAnAccountOnlyWhereTheAdministratorAllowedItWithTheRoleGivenInAcredita() {
        AppClient admin = administrator();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String domain = "nuevos-" + unique + ".ejemplo.mx";
        String email = "Nueva.Persona." + unique + "@" + domain;
        Map<String, Object> claims = new HashMap<>(claims(email, true));
        claims.put("name", "Nueva Persona de Prueba");
        claims.put("roles", List.of("ADMIN"));
        claims.put("organisation", "Fundación Policía y Comunidad (ficticia)");

        AppClient refused = new AppClient(port);
        assertThat(finish(refused, start(refused, "agencia"), callback("sub-nueva-" + domain, claims))
                .header("Location")).endsWith("/login?error=provider-unknown");
        assertThat(refused.get("/login?error=provider-unknown").body())
                .contains("no corresponde a ninguna persona registrada en Acredita");
        assertThat(audited("LOGIN_FAILED", "unknown · " + email)).isEqualTo(1);

        admin.get("/admin/sign-in");
        AppClient.Response allowed = admin.postForm("/admin/sign-in/provisioning", Map.of("provider", "agencia",
                "emailDomain", "@" + domain.toUpperCase(), "organisationId", DemoOrganisations.police(jdbc).toString(),
                "role", "AGENCY_STAFF"));
        assertThat(allowed.header("Location")).endsWith("/admin/sign-in");
        assertThat(admin.get("/admin/sign-in").body()).contains("Correos de " + domain);
        assertThat(audited("SIGN_IN_PROVISIONING_ALLOWED", domain)).isEqualTo(1);

        AppClient person = new AppClient(port);
        assertThat(finish(person, start(person, "agencia"), callback("sub-nueva-" + domain, claims))
                .header("Location")).endsWith("/");
        String me = person.getJson("/api/v1/me").body();
        assertThat(me).contains("\"username\":\"nueva.persona." + unique + "\"").contains("Nueva Persona de Prueba");
        List<String> roles = system(() -> jdbc.sql("""
                select g.role from role_grant g join app_user u on u.id = g.user_id
                where lower(u.email) = lower(?) and u.organisation_id = ?""")
                .params(email, DemoOrganisations.police(jdbc)).query(String.class).list());
        assertThat(roles).containsExactly("AGENCY_STAFF");
        assertThat(audited("USER_PROVISIONED", email)).isEqualTo(1);

        admin.get("/admin/sign-in");
        assertThat(admin.postForm("/admin/sign-in/agencia/provisioning/" + domain + "/remove", Map.of())
                .header("Location")).endsWith("/admin/sign-in");
        assertThat(admin.get("/admin/sign-in").body()).doesNotContain("Correos de " + domain);
        assertThat(audited("SIGN_IN_PROVISIONING_REVOKED", domain)).isEqualTo(1);
    }

    @Test
    void theAdministratorRoleIsNeverGivenAtAFirstSignIn() {
        AppClient admin = administrator();
        admin.get("/admin/sign-in");
        String domain = "jefes-" + UUID.randomUUID().toString().substring(0, 8) + ".ejemplo.mx";

        AppClient.Response refused = admin.postForm("/admin/sign-in/provisioning", Map.of("provider", "agencia",
                "emailDomain", domain, "organisationId", DemoOrganisations.id(jdbc, "Fundación").toString(),
                "role", "ADMIN"));

        assertThat(refused.header("Location")).endsWith("/admin/sign-in");
        assertThat(admin.get("/admin/sign-in").body()).contains("la de administración no se da nunca")
                .doesNotContain("Correos de " + domain);
    }

    @Test
    void aProviderTheAdministratorTurnsOffRefusesEvenASignInAlreadyUnderWayAndLeavesTheSignInPage() {
        String username = NewAccounts.create(users, DemoOrganisations.police(jdbc), Role.AGENCY_STAFF);
        AppClient admin = administrator();
        AppClient person = new AppClient(port);
        Flow flow = start(person, "agencia");
        admin.get("/admin/sign-in");
        assertThat(admin.postForm("/admin/sign-in/agencia/enabled", Map.of("enabled", "false")).status())
                .isEqualTo(302);
        try {
            AppClient.Response answer = finish(person, flow, token("sub-" + UUID.randomUUID(),
                    username + "@ejemplo.mx", true));
            assertThat(answer.header("Location")).endsWith("/login?error=provider-off");
            assertThat(person.get("/login?error=provider-off").body())
                    .contains("Ese proveedor de identidad no está disponible en este momento")
                    .doesNotContain("Entrar con Identidad de la agencia");
            AppClient other = new AppClient(port);
            assertThat(other.get("/oauth2/authorization/agencia").header("Location"))
                    .endsWith("/login?error=provider-off");
            assertThat(audited("LOGIN_FAILED", "off · " + username)).isEqualTo(1);
            assertThat(audited("SIGN_IN_PROVIDER_TURNED_OFF", "agencia")).isPositive();
        } finally {
            admin.postForm("/admin/sign-in/agencia/enabled", Map.of("enabled", "true"));
        }
        assertThat(new AppClient(port).get("/login").body()).contains("Entrar con Identidad de la agencia");
    }

    @Test
    void aProviderTurnedOffInTheConfigurationIsNeitherOfferedNorStarted() {
        AppClient person = new AppClient(port);
        String page = person.get("/login").body();
        assertThat(page).contains("Entrar con Identidad de la agencia").doesNotContain("Proveedor retirado");
        assertThat(person.get("/oauth2/authorization/retirado").header("Location"))
                .endsWith("/login?error=provider-off");
        assertThat(person.get("/oauth2/authorization/nadie").header("Location")).endsWith("/login?error=provider-off");
        assertThat(person.language("en").get("/login").body()).contains("Sign in with Agency identity");
    }

    @Test
    void withPasswordsTurnedOffTheFormIsNotShownAndAPostedPasswordIsRefused() {
        AppClient person = new AppClient(port);
        assertThat(person.get("/login").body()).doesNotContain("name=\"password\"");

        AppClient.Response answer = person.postForm("/login",
                Map.of("username", "gerente.policia", "password", AppClient.DEMO_PASSWORD));

        assertThat(answer.header("Location")).endsWith("/login?error=passwords-off");
        assertThat(person.get("/login?error=passwords-off").body())
                .contains("En esta instalación no se entra con contraseña");
        assertThat(person.getJson("/api/v1/me").status()).isEqualTo(401);
    }

    /** A new administrator, signed in through the provider (passwords are off here), matched by e-mail. */
    private AppClient administrator() {
        String username = NewAccounts.create(users, DemoOrganisations.id(jdbc, "Fundación"), Role.ADMIN);
        AppClient admin = new AppClient(port);
        AppClient.Response answer = finish(admin, start(admin, "agencia"),
                token("sub-" + username, username + "@ejemplo.mx", true));
        assertThat(answer.header("Location")).endsWith("/");
        return admin;
    }

    private record Flow(String authorizationUrl) {
    }

    /** The person clicks the provider's button: Acredita sends the browser to the provider. */
    private Flow start(AppClient person, String provider) {
        AppClient.Response redirect = person.get("/oauth2/authorization/" + provider);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).startsWith(PROVIDER.authorizationEndpointUrl(provider).toString());
        return new Flow(redirect.header("Location"));
    }

    /** The provider signs the person in (with the token described) and sends the browser back to Acredita. */
    private AppClient.Response finish(AppClient person, Flow flow, DefaultOAuth2TokenCallback token) {
        PROVIDER.enqueueCallback(token);
        try {
            HttpResponse<String> atProvider = browserAtProvider.send(
                    HttpRequest.newBuilder(URI.create(flow.authorizationUrl())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(atProvider.statusCode()).isEqualTo(302);
            URI back = URI.create(atProvider.headers().firstValue("Location").orElseThrow());
            assertThat(back.getPort()).isEqualTo(port);
            return person.get(back.getRawPath() + "?" + back.getRawQuery());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static DefaultOAuth2TokenCallback token(String subject, String email, boolean verified) {
        return callback(subject, claims(email, verified));
    }

    private static DefaultOAuth2TokenCallback callback(String subject, Map<String, Object> claims) {
        return TestIdentityProvider.token(subject, claims);
    }

    private static Map<String, Object> claims(String email, boolean verified) {
        return Map.of("email", email, "email_verified", verified);
    }

    private static void drainRecordedRequests() {
        while (recorded(10) != null) {
            // earlier tests' requests
        }
    }

    private static List<String> tokenRequestBodies() {
        List<String> bodies = new ArrayList<>();
        RecordedRequest request;
        while ((request = recorded(200)) != null) {
            if (request.getPath() != null && request.getPath().endsWith("/token")) {
                bodies.add(request.getBody().readUtf8());
            }
        }
        return bodies;
    }

    /** The provider's next recorded request, or null when none came within the time (it throws then). */
    private static RecordedRequest recorded(long millis) {
        try {
            return PROVIDER.takeRequest(millis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException none) {
            return null;
        }
    }

    private static String sessionCookie(AppClient client) {
        return client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("ACREDITA_SESSION")).map(java.net.HttpCookie::getValue)
                .findFirst().orElse("");
    }

    private long audited(String action, String summaryPart) {
        return system(() -> jdbc.sql("select count(*) from audit_event where action = ? and summary like ?")
                .params(action, "%" + summaryPart + "%").query(Long.class).single());
    }

    private long linksOf(String username) {
        return system(() -> jdbc.sql("""
                select count(*) from sign_in_link l join app_user u on u.id = l.user_id where u.username = ?""")
                .param(username).query(Long.class).single());
    }

    private static <T> T system(java.util.function.Supplier<T> work) {
        return CurrentScope.runAs(AccessScope.SYSTEM, work);
    }
}
