package org.acredita.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The JSON API: who am I, organisations, personal access tokens, problem details in the caller's language. */
@AcreditaIntegrationTest
class ApiContractTest {

    @LocalServerPort
    int port;

    @Test
    void meDescribesTheCaller() {
        String me = AppClient.signedIn(port, "asesor").getJson("/api/v1/me").body();
        assertThat(me).contains("\"username\":\"asesor\"").contains("\"displayName\":\"Miguel Ángel Torres\"")
                .contains("\"kind\":\"ADVISORY\"").contains("\"roles\":[\"ADVISOR\"]").contains("\"locale\":\"es-MX\"");
    }

    @Test
    void organisationsCarryIdNameAndKind() {
        String list = AppClient.signedIn(port, "calea.pm").getJson("/api/v1/organisations").body();
        assertThat(list).contains("\"kind\":\"AGENCY\"").contains("\"kind\":\"ADVISORY\"")
                .contains("\"kind\":\"ACCREDITOR\"").contains("\"kind\":\"FUNDER\"");
    }

    @Test
    void personalAccessTokenWorksWithoutCsrfUntilRevoked() {
        AppClient user = AppClient.signedIn(port, "evaluador");
        user.get("/profile");
        AppClient.Response created = user.sendJson("POST", "/api/v1/me/tokens",
                "{\"name\": \"script de prueba\", \"expiresInDays\": 30}", true);
        assertThat(created.status()).isEqualTo(201);
        String token = created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertThat(token).startsWith("acr_");

        AppClient script = AppClient.withToken(port, token);
        assertThat(script.getJson("/api/v1/me").body()).contains("\"username\":\"evaluador\"");
        assertThat(script.sendJson("PATCH", "/api/v1/me", "{\"locale\":\"en\"}", false).status()).isEqualTo(200);
        assertThat(script.sendJson("PATCH", "/api/v1/me", "{\"locale\":\"en\"}", false).body()).contains("\"en\"");

        String tokens = user.getJson("/api/v1/me/tokens").body();
        String id = tokens.replaceAll(".*\"id\":\"([^\"]+)\",\"name\":\"script de prueba\".*", "$1");
        assertThat(tokens).doesNotContain(token);
        assertThat(user.sendJson("DELETE", "/api/v1/me/tokens/" + id, "", true).status()).isEqualTo(204);
        AppClient.Response refused = script.language("es-MX").getJson("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("El token de acceso no es válido");
    }

    @Test
    void tokenRequestsWithBadValuesAreRefusedInTheCallersLanguage() {
        AppClient user = AppClient.signedIn(port, "comisionado").language("en");
        user.get("/profile");
        AppClient.Response tooLong = user.sendJson("POST", "/api/v1/me/tokens", "{\"name\":\"x\",\"expiresInDays\":5000}", true);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLong.body()).contains("The validity must be 1 to 365 days").contains("\"field\":\"expiresInDays\"");
    }

    @Test
    void malformedJsonGetsAProblemInSpanish() {
        AppClient user = AppClient.signedIn(port, "gerente.policia");
        user.get("/profile");
        AppClient.Response response = user.sendJson("POST", "/api/v1/me/tokens", "{\"name\": ", true);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("La solicitud no es válida").contains("\"status\":400");
    }

    @Test
    void unknownLocaleIsRefusedAndNothingChanges() {
        AppClient user = AppClient.signedIn(port, "titular.policia");
        user.get("/profile");
        AppClient.Response response = user.sendJson("PATCH", "/api/v1/me", "{\"locale\":\"klingon\"}", true);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("El idioma «klingon» no está disponible");
        assertThat(user.getJson("/api/v1/me").body()).contains("\"locale\":\"es-MX\"");
    }

    @Test
    void openApiDescribesTheApi() {
        String docs = new AppClient(port).getJson("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/me").contains("/api/v1/organisations").contains("/api/v1/audit/verification");
        assertThat(new AppClient(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthAndMetricsAreExposed() {
        assertThat(new AppClient(port).getJson("/actuator/health").body()).contains("\"status\":\"UP\"");
        AppClient admin = AppClient.signedIn(port, "admin");
        assertThat(admin.get("/actuator/prometheus", "text/plain").body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void auditVerificationIsForAdministratorsOnly() {
        assertThat(AppClient.signedIn(port, "admin").getJson("/api/v1/audit/verification").body())
                .contains("\"valid\":true").contains("\"firstBrokenEvent\":null");
        assertThat(AppClient.signedIn(port, "gerente.policia").getJson("/api/v1/audit/verification").status())
                .isEqualTo(403);
    }
}
