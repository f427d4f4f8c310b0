package org.acredita.identity.security;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A caller proved by a personal access token, for one API request only (never kept in a session). A type of its
 * own, so nothing can take it for a sign-in with a password (see AccessScopeFilter).
 */
final class AccessTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Account account;

    AccessTokenAuthentication(Account account) {
        super(List.of());
        this.account = account;
        setAuthenticated(true);
    }

    @Override
    public Object getPrincipal() {
        return account;
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
