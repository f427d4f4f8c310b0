package org.acredita.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

/**
 * A real OpenID Connect provider (mock-oauth2-server) on this machine, one per test JVM, and the deployment that
 * signs in through it: provider {@code agencia} ("Identidad de la agencia" / "Agency identity"), provider
 * {@code retirado} turned off in the configuration, local passwords off. Classes annotated with
 * {@link Deployment} share one application context (apart from the shared {@link AcreditaIntegrationTest} one,
 * which keeps no provider).
 */
public final class TestIdentityProvider {

    public static final String PROVIDER = "agencia";

    private static final MockOAuth2Server SERVER = start();

    private TestIdentityProvider() {
    }

    public static MockOAuth2Server server() {
        return SERVER;
    }

    /** The token the provider issues at its next sign-in: this subject, with these claims. */
    public static DefaultOAuth2TokenCallback token(String subject, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback(PROVIDER, subject, "JWT", null, claims, 3600);
    }

    private static MockOAuth2Server start() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        return server;
    }

    /** The deployment with providers configured (see the class comment). */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "acredita.sign-in.passwords=false",
            "acredita.sign-in.providers.agencia.display-name=Identidad de la agencia",
            "acredita.sign-in.providers.agencia.display-name-en=Agency identity",
            "acredita.sign-in.providers.agencia.client-id=acredita",
            "acredita.sign-in.providers.agencia.client-secret=secreto-de-prueba",
            "acredita.sign-in.providers.retirado.display-name=Proveedor retirado",
            "acredita.sign-in.providers.retirado.client-id=acredita",
            "acredita.sign-in.providers.retirado.enabled=false"})
    @ContextConfiguration(initializers = Issuers.class)
    public @interface Deployment {
    }

    /** The providers' issuers, known only once the server runs on its port. */
    static final class Issuers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-identity-provider",
                    Map.of("acredita.sign-in.providers.agencia.issuer", SERVER.issuerUrl("agencia").toString(),
                            "acredita.sign-in.providers.retirado.issuer", SERVER.issuerUrl("retirado").toString())));
        }
    }
}
