package org.acredita.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.internal.AccessTokens;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to the machine routes (the API and the read-only actuator endpoints) that carry
 * {@code Authorization: Bearer <personal access token>}. On the pages a token is no sign-in at all: they need a
 * person's session, and with it CSRF protection.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PREFIX = "Bearer ";

    /** Where a token is a credential; metrics scrapers use an administrator's token on the actuator. */
    static final RequestMatcher MACHINE_ROUTES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"));

    private final AccessTokens tokens;
    private final ProblemWriter problems;
    /**
     * Keeps the authentication for this request's later dispatches: a streamed body (an export) finishes in an
     * ASYNC dispatch, which this once-per-request filter does not see again, and which has no session to read.
     */
    private final SecurityContextRepository thisRequest = new RequestAttributeSecurityContextRepository();

    BearerTokenFilter(AccessTokens tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /** True for a machine-route call with a bearer token: authenticated by it, so exempt from CSRF. */
    static boolean authenticatesByToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.startsWith(PREFIX) && MACHINE_ROUTES.matches(request);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !authenticatesByToken(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader("Authorization").substring(PREFIX.length()).strip();
        Optional<UUID> owner = CurrentScope.runAs(AccessScope.SYSTEM, () -> tokens.authenticate(secret));
        if (owner.isEmpty()) {
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "security.token.invalid");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AccessTokenAuthentication(new Account(owner.get(), "token", null, true, false)));
        SecurityContextHolder.setContext(context);
        thisRequest.saveContext(context, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
