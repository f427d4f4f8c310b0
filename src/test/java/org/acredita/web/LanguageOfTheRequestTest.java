package org.acredita.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code ?lang=} on a page URL chooses the language of that request only; the saved choice stays. */
@AcreditaIntegrationTest
class LanguageOfTheRequestTest {

    @LocalServerPort
    int port;

    @Test
    void langParameterShowsThePageInEnglishWithoutChangingTheSavedChoice() {
        AppClient client = AppClient.signedIn(port, "gerente.policia");
        assertThat(client.get("/?lang=en").body()).contains("<html lang=\"en\"");
        assertThat(client.get("/").body()).contains("<html lang=\"es-MX\"");
        assertThat(client.getJson("/api/v1/me").body()).contains("\"locale\":\"es-MX\"");
    }

    @Test
    void langParameterWorksBeforeSignInAndAnUnknownOneIsIgnored() {
        AppClient anonymous = new AppClient(port);
        assertThat(anonymous.get("/login?lang=en").body()).contains("<html lang=\"en\"");
        assertThat(anonymous.get("/login?lang=xx").body()).contains("<html lang=\"es-MX\"");
    }
}
