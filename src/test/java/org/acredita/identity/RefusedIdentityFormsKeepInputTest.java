package org.acredita.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.AppClient;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identity's forms (organisations, the user administration's actions, one's own profile, the invitation link) come
 * back after a refusal with what was typed, never a password, and the message beside the field it is about.
 */
@AcreditaIntegrationTest
class RefusedIdentityFormsKeepInputTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRefusedNewOrganisationKeepsItsKindNameAndZoneWithTheStateMessageBesideTheState() {
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/admin/organisations/new");
        AppClient.Response refused = admin.postForm("/admin/organisations", Map.of("kind", "FUNDER",
                "name", "Fundación Peninsular para la Seguridad", "stateCode", "99", "timeZone", "America/Cancun"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith("/admin/organisations/new");

        String page = admin.get("/admin/organisations/new").body();
        assertThat(page).contains("value=\"Fundación Peninsular para la Seguridad\"")
                .containsPattern("value=\"FUNDER\"[^>]*selected").containsPattern("value=\"America/Cancun\"[^>]*selected")
                .contains("data-testid=\"field-error-stateCode\"").contains("«99» no es una clave INEGI")
                .containsPattern("id=\"stateCode\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    void aRefusedOrganisationEditKeepsTheTypedZoneAndShowsTheStateMessageInEnglish() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        AppClient manager = AppClient.signedIn(port, "gerente.c5");
        String organisation = "/organisations/" + c5;
        manager.get(organisation);
        assertThat(manager.postForm(organisation, Map.of("name", "Centro C5 de Mérida — demostración",
                "stateCode", "77", "timeZone", "America/Cancun")).status()).isEqualTo(302);

        String page = manager.get(organisation + "?lang=en").body();
        assertThat(page).contains("\"77\" is not an INEGI state code").contains("data-testid=\"field-error-stateCode\"")
                .containsPattern("value=\"America/Cancun\"[^>]*selected");
    }

    @Test
    void aRefusedEmailChangeKeepsTheTypedAddressBesideItsMessageInEitherLanguage() {
        AppClient staff = AppClient.signedIn(port, "personal.policia");
        staff.get("/profile");
        assertThat(staff.postForm("/profile/email", Map.of("email", "ines.sin-arroba")).status()).isEqualTo(302);
        assertThat(staff.get("/profile").body()).contains("value=\"ines.sin-arroba\"")
                .contains("data-testid=\"field-error-email\"").contains("El correo electrónico no es válido.");

        staff.postForm("/profile/email", Map.of("email", "ines.sin-arroba"));
        assertThat(staff.get("/profile?lang=en").body()).contains("value=\"ines.sin-arroba\"")
                .contains("data-testid=\"field-error-email\"").contains("The e-mail address is not valid.");
    }

    @Test
    void aRefusedTokenKeepsItsNameAndDaysAndAPasswordChangeNeverKeepsThePasswords() {
        AppClient staff = AppClient.signedIn(port, "personal.policia");
        staff.get("/profile");
        staff.postForm("/profile/tokens", Map.of("name", "Tablero de la dirección", "expiresInDays", "900"));
        String tokens = staff.get("/profile").body();
        assertThat(tokens).contains("value=\"Tablero de la dirección\"").contains("value=\"900\"")
                .contains("data-testid=\"field-error-expiresInDays\"");

        staff.postForm("/profile/password", Map.of("currentPassword", AppClient.DEMO_PASSWORD,
                "newPassword", "una-clave-nueva-larga", "confirmPassword", "otra-clave-distinta"));
        String password = staff.get("/profile").body();
        assertThat(password).contains("data-testid=\"field-error-confirmPassword\"")
                .containsPattern("id=\"confirmPassword\"[^>]*aria-invalid=\"true\"")
                .doesNotContain("una-clave-nueva-larga").doesNotContain("otra-clave-distinta");
    }

    @Test
    void aRefusedAssignmentShowsItsMessageBesideTheAgencyChoice() {
        String advisor = userId("asesor");
        UUID funder = DemoOrganisations.id(jdbc, "Oficina de Cooperación");
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/admin/users/" + advisor);
        assertThat(admin.postForm("/admin/users/" + advisor + "/assignments", Map.of("agencyId", funder.toString()))
                .status()).isEqualTo(302);

        String page = admin.get("/admin/users/" + advisor).body();
        assertThat(page).contains("data-testid=\"field-error-agencyId\"")
                .containsPattern("id=\"agencyId\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    void aRefusedInvitationShowsTheMismatchBesideTheConfirmationAndKeepsNoPassword() {
        UUID c5 = DemoOrganisations.c5(jdbc);
        AppClient admin = AppClient.signedIn(port, "admin");
        admin.get("/admin/users/new");
        String created = admin.postForm("/admin/users", Map.of("username", "invitada.c5", "displayName",
                "Invitada del C5", "organisationId", c5.toString(), "roles", "AGENCY_STAFF")).header("Location");
        String link = admin.get(created.replaceAll("^https?://[^/]+", "")).body()
                .replaceAll("(?s).*data-testid=\"invitation-link\"[^>]*>[^<]*(/invitation/[^<\\s]+)<.*", "$1");
        assertThat(link).startsWith("/invitation/");

        AppClient invited = new AppClient(port);
        invited.get(link);
        AppClient.Response refused = invited.postForm(link, Map.of("password", "una-clave-propia-larga",
                "confirmPassword", "una-clave-distinta-larga"));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).endsWith(link);

        String page = invited.get(link).body();
        assertThat(page).contains("data-testid=\"field-error-confirmPassword\"").contains("Las contraseñas no coinciden.")
                .contains("invitada.c5").doesNotContain("una-clave-propia-larga");
    }

    private String userId(String username) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select id::text from app_user where username = ?")
                .param(username).query(String.class).single());
    }
}
