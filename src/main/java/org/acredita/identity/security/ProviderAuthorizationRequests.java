package org.acredita.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.acredita.identity.signin.ProviderSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Starts a sign-in at a provider ({@code /oauth2/authorization/{id}}) only when the provider is usable and its
 * discovery document could be read. Otherwise nothing is resolved and the request goes on to the sign-in page's
 * controller, which says the provider cannot be used now (Spring's filter would answer such a failure with a 500).
 */
class ProviderAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    static final String BASE = "/oauth2/authorization";

    private static final Logger log = LoggerFactory.getLogger(ProviderAuthorizationRequests.class);

    private final DefaultOAuth2AuthorizationRequestResolver delegate;
    private final PathPatternRequestMatcher matcher = PathPatternRequestMatcher.withDefaults()
            .matcher(BASE + "/{registrationId}");
    private final ProviderSignIn signIn;

    ProviderAuthorizationRequests(ProviderRegistrations registrations, ProviderSignIn signIn) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations, BASE);
        this.signIn = signIn;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        var match = matcher.matcher(request);
        return match.isMatch() ? resolve(request, match.getVariables().get("registrationId")) : null;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
        if (registrationId == null || !signIn.usable(registrationId)) {
            return null;
        }
        try {
            return delegate.resolve(request, registrationId);
        } catch (RuntimeException unreachable) {
            log.warn("Sign-in provider {} cannot be used: {}", registrationId, unreachable.getMessage());
            return null;
        }
    }
}
