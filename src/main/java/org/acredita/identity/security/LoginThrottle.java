package org.acredita.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.internal.UserRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins per account and locks the account for a cool-down after too many, so a
 * password cannot be guessed online. The lock is audited; a successful sign-in clears the count.
 */
@Component
class LoginThrottle extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    /** The user name of a refused sign-in, so the form can offer it again (never the password). */
    public static final String LAST_USERNAME = "acredita.login.lastUsername";

    private final UserRepository users;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxFailures;
    private final Duration coolDown;

    LoginThrottle(UserRepository users, AuditTrail audit, TransactionTemplate transactions, Clock clock,
            @Value("${acredita.security.login.max-failures:5}") int maxFailures,
            @Value("${acredita.security.login.cool-down:15m}") Duration coolDown) {
        this.users = users;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.coolDown = coolDown;
        setDefaultTargetUrl("/");
        setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = "bad";
        if (exception instanceof LockedException) {
            reason = "locked";
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
        } else if (countFailure(request.getParameter("username"))) {
            reason = "locked";
        }
        String username = request.getParameter("username");
        if (username != null && username.length() <= 60) {
            request.getSession().setAttribute(LAST_USERNAME, username.strip());
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    /** Returns true when this failure locked the account. */
    private boolean countFailure(String username) {
        if (username == null) {
            return false;
        }
        String normalised = username.strip().toLowerCase();
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> Boolean.TRUE.equals(transactions.execute(status ->
                users.credentials(normalised).map(credentials -> {
                    int failures = users.recordFailure(credentials.id());
                    if (failures < maxFailures) {
                        return false;
                    }
                    users.lockUntil(credentials.id(), clock.instant().plus(coolDown));
                    audit.record("LOGIN_LOCKED", "user", credentials.id().toString(), null,
                            credentials.username() + " · " + failures + " × · " + coolDown.toMinutes() + " min");
                    return true;
                }).orElse(false))));
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof Account account) {
            CurrentScope.runAs(AccessScope.SYSTEM, () -> transactions.executeWithoutResult(status ->
                    users.clearFailures(account.userId())));
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    long coolDownMinutes() {
        return coolDown.toMinutes();
    }
}
