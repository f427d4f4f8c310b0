package org.acredita.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.acredita.identity.signin.ProviderSignIn;
import org.acredita.identity.signin.SignInProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * A sign-in through a provider that did not succeed goes back to the sign-in page with its reason (Acredita's refusal,
 * or a failure of the protocol such as a token from another issuer or an expired one), audited as a failed sign-in.
 */
class ProviderSignInFailures implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(ProviderSignInFailures.class);

    private final PathPatternRequestMatcher callback = PathPatternRequestMatcher.withDefaults()
            .matcher("/login/oauth2/code/{registrationId}");
    private final ProviderSignIn signIn;
    private final SignInProperties properties;

    ProviderSignInFailures(ProviderSignIn signIn, SignInProperties properties) {
        this.signIn = signIn;
        this.properties = properties;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String requested = callback.matcher(request).getVariables().get("registrationId");
        String provider = properties.provider(requested).isPresent() ? requested : "?";
        String reason;
        String who = null;
        if (exception instanceof ProviderUsers.Refusal refusal) {
            reason = refusal.refused().reason().code();
            who = refusal.refused().who();
            who = who != null && who.length() > 200 ? who.substring(0, 200) : who;
        } else {
            reason = "failed";
            String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
                    : exception.getClass().getSimpleName();
            log.info("Sign-in through provider {} failed: {} {}", provider, code, exception.getMessage());
            who = code;
        }
        signIn.recordRefusal(provider, reason, who);
        response.sendRedirect(request.getContextPath() + "/login?error=provider-" + reason);
    }
}
