package org.acredita.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a sign-in: a success clears the failures of the name from this source and marks the browser as a known
 * device of the person; a wrong password or unknown name is counted for the name and source (a locked source or a
 * disabled account after a correct password is not); a failure goes back to the form with one of its messages
 * (wrong credentials, locked for a while, disabled after a correct password, passwords off),
 * keeping the user name typed (never the password).
 */
@Component
class LoginThrottle extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

    static final String LAST_USERNAME = "acredita.login.lastUsername";

    private final LoginAttempts attempts;
    private final KnownDevices devices;

    LoginThrottle(LoginAttempts attempts, KnownDevices devices) {
        this.attempts = attempts;
        this.devices = devices;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String reason = exception instanceof PasswordsTurnedOff ? "passwords-off"
                : exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "disabled" : "bad";
        String username = request.getParameter("username");
        if (exception instanceof BadCredentialsException) {
            LoginAttempts.normalise(username)
                    .ifPresent(name -> attempts.failed(name, devices.sourceOf(request, name)));
        }
        if (username != null && username.length() <= 60) {
            request.getSession().setAttribute(LAST_USERNAME, username.strip());
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof Account account) {
            attempts.succeeded(account.username(), devices.sourceOf(request, account.username()));
            devices.remember(request, response, account.username());
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
