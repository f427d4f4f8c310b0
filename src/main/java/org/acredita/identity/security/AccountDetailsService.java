package org.acredita.identity.security;

import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.internal.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Looks up who is signing in; runs before any scope exists, so it reads as the system. A name locked for the
 * request's source (known or not) answers "locked" before any password is compared; failures are counted afterwards
 * (LoginThrottle). The source comes from the request being served (Spring's request context, which the forwarded-header
 * filter has already corrected).
 */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final LoginAttempts attempts;
    private final KnownDevices devices;

    AccountDetailsService(UserRepository users, LoginAttempts attempts, KnownDevices devices) {
        this.users = users;
        this.attempts = attempts;
        this.devices = devices;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalised = LoginAttempts.normalise(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        boolean locked = attempts.locked(normalised, source(normalised));
        var account = CurrentScope.runAs(AccessScope.SYSTEM, () -> users.credentials(normalised)
                .filter(c -> c.passwordHash() != null)
                .map(c -> new Account(c.id(), c.username(), c.passwordHash(), c.enabled(), locked)));
        if (account.isPresent()) {
            return account.get();
        }
        if (locked) {
            return new Account(UUID.randomUUID(), normalised, null, true, true);
        }
        throw new UsernameNotFoundException("unknown user");
    }

    private SignInSource source(String username) {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? devices.sourceOf(request.getRequest(), username) : SignInSource.address(null);
    }
}
