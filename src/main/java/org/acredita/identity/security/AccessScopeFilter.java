package org.acredita.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.acredita.access.CurrentScope;
import org.acredita.identity.Credential;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.SignedInUser;
import org.acredita.identity.internal.SignedInUserLoader;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Computes the caller's scope once per request, after authentication, and holds it for the services
 * and the database for the rest of the request. A session whose user was disabled or deleted is ended.
 */
class AccessScopeFilter extends OncePerRequestFilter {

    private final SignedInUserLoader loader;

    AccessScopeFilter(SignedInUserLoader loader) {
        this.loader = loader;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<SignedInUser> user = signedIn();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (user.isEmpty() && authentication != null && authentication.getPrincipal() instanceof Account) {
            SecurityContextHolder.clearContext();
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        user.ifPresent(u -> {
            request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, u);
            CurrentScope.set(u.scope());
        });
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentScope.clear();
        }
    }

    private Optional<SignedInUser> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Account account) {
            return loader.load(account.userId(), credentialOf(authentication));
        }
        return Optional.empty();
    }

    /** The form's password and a provider's sign-in are a person's session; anything else (a token) is not. */
    private static Credential credentialOf(Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken ? Credential.PASSWORD
                : authentication instanceof OAuth2AuthenticationToken ? Credential.SINGLE_SIGN_ON
                : Credential.ACCESS_TOKEN;
    }
}
