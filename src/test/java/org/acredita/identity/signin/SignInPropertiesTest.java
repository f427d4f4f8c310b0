package org.acredita.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Providers as operators configure them: from environment variables, with what is missing named at start-up. */
class SignInPropertiesTest {

    @Test
    void providersAreReadFromEnvironmentVariables() {
        SignInProperties properties = bind(Map.of(
                "ACREDITA_SIGNIN_PASSWORDS", "false",
                "ACREDITA_SIGNIN_PROVIDERS_KEYCLOAK_ISSUER", "https://sso.example.org/realms/acredita",
                "ACREDITA_SIGNIN_PROVIDERS_KEYCLOAK_CLIENTID", "acredita",
                "ACREDITA_SIGNIN_PROVIDERS_KEYCLOAK_CLIENTSECRET", "secreto",
                "ACREDITA_SIGNIN_PROVIDERS_KEYCLOAK_DISPLAYNAME", "Cuenta institucional",
                "ACREDITA_SIGNIN_PROVIDERS_KEYCLOAK_DISPLAYNAMEEN", "Institutional account",
                "ACREDITA_SIGNIN_PROVIDERS_ENTRA_ISSUER", "https://login.microsoftonline.com/t/v2.0",
                "ACREDITA_SIGNIN_PROVIDERS_ENTRA_CLIENTID", "app",
                "ACREDITA_SIGNIN_PROVIDERS_ENTRA_DISPLAYNAME", "Microsoft",
                "ACREDITA_SIGNIN_PROVIDERS_ENTRA_VERIFIEDEMAILCLAIM", "xms_edov"));

        assertThat(properties.passwords()).isFalse();
        assertThat(properties.providers()).containsOnlyKeys("entra", "keycloak");
        SignInProperties.Provider keycloak = properties.providers().get("keycloak");
        assertThat(keycloak.clientSecret()).isEqualTo("secreto");
        assertThat(keycloak.scopes()).containsExactly("openid", "email", "profile");
        assertThat(keycloak.enabled()).isTrue();
        assertThat(keycloak.displayName(Locale.forLanguageTag("es-MX"))).isEqualTo("Cuenta institucional");
        assertThat(keycloak.displayName(Locale.ENGLISH)).isEqualTo("Institutional account");
        assertThat(keycloak.verifiedEmailClaim()).isEqualTo("email_verified");
        assertThat(properties.providers().get("entra").verifiedEmailClaim()).isEqualTo("xms_edov");
        assertThat(properties.providers().get("entra").displayName(Locale.ENGLISH)).isEqualTo("Microsoft");
    }

    @Test
    void withNothingConfiguredPasswordsAloneAreUsed() {
        SignInProperties properties = bind(Map.of());
        assertThat(properties.passwords()).isTrue();
        assertThat(properties.providers()).isEmpty();
    }

    @Test
    void aProviderWithoutItsIssuerStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> bind(Map.of("ACREDITA_SIGNIN_PROVIDERS_KEYCLOAK_CLIENTID", "acredita",
                "ACREDITA_SIGNIN_PROVIDERS_KEYCLOAK_DISPLAYNAME", "Cuenta institucional")))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessage("acredita.sign-in.providers.keycloak.issuer is required");
    }

    private static SignInProperties bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("acredita.sign-in", SignInProperties.class);
    }
}
