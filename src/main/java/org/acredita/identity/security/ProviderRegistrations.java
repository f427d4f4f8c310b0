package org.acredita.identity.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.acredita.identity.signin.SignInProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;

/**
 * The configured providers as Spring Security's client registrations, each read from its issuer's discovery
 * document when first used (not at start-up, so a provider that is down delays only its own sign-ins and never
 * the start of a node), then kept. Every provider is asked for the authorisation code with PKCE.
 */
@Component
class ProviderRegistrations implements ClientRegistrationRepository {

    private final SignInProperties properties;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    ProviderRegistrations(SignInProperties properties) {
        this.properties = properties;
    }

    /** Null for an id no provider has; throws when the provider's discovery document cannot be read. */
    @Override
    public ClientRegistration findByRegistrationId(String id) {
        var provider = properties.provider(id);
        if (provider.isEmpty()) {
            return null;
        }
        return discovered.computeIfAbsent(id, key -> {
            var p = provider.get();
            var builder = ClientRegistrations.fromOidcIssuerLocation(p.issuer());
            if (p.clientSecret() == null || p.clientSecret().isBlank()) {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
            }
            return builder.registrationId(key)
                    .clientId(p.clientId()).clientSecret(p.clientSecret())
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope(p.scopes())
                    .clientName(p.displayName())
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
        });
    }
}
