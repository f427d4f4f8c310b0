package org.acredita.identity.security;

import java.io.Serial;
import java.util.List;
import org.acredita.identity.signin.ProviderSignIn;
import org.acredita.identity.signin.SignInRefused;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After the provider's ID token passed Spring Security's checks (signature, issuer, audience, expiry, nonce), says
 * who the person is in Acredita ({@link ProviderSignIn}); the session then keeps only that {@link Account}, as a
 * password sign-in does, never the provider's tokens or claims.
 */
class ProviderUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The OAuth2 error code that carries a refusal's reason to the failure handler. */
    static final String REFUSED = "acredita_sign_in_refused";

    private final OidcUserService provider = new OidcUserService();
    private final ProviderSignIn signIn;

    ProviderUsers(ProviderSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        try {
            var person = signIn.signIn(registrationId, request.getIdToken().getIssuer().toString(),
                    user.getSubject(), user.getClaims());
            return new Matched(user, new Account(person.userId(), person.username(), null, true, false));
        } catch (SignInRefused refused) {
            throw new Refusal(refused);
        }
    }

    /** The provider's user with the person it was matched to; lives only until the authentication is converted. */
    static final class Matched extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final Account account;

        Matched(OidcUser user, Account account) {
            super(List.of(), user.getIdToken(), user.getUserInfo());
            this.account = account;
        }
    }

    /** Carries the refusal's reason and who was refused to the failure handler. */
    static final class Refusal extends OAuth2AuthenticationException {

        @Serial
        private static final long serialVersionUID = 1L;

        private final transient SignInRefused refused;

        Refusal(SignInRefused refused) {
            super(new OAuth2Error(REFUSED, refused.reason().code(), null));
            this.refused = refused;
        }

        SignInRefused refused() {
            return refused;
        }
    }

    /** What is kept in the session after a provider's sign-in: the matched account, under the provider's id. */
    static Converter<OAuth2LoginAuthenticationToken, OAuth2AuthenticationToken> keepOnlyTheAccount() {
        return login -> new OAuth2AuthenticationToken(((Matched) login.getPrincipal()).account, List.of(),
                login.getClientRegistration().getRegistrationId());
    }
}
