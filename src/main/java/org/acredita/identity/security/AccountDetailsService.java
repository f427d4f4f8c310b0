package org.acredita.identity.security;

import java.time.Clock;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.internal.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks up who is signing in; runs before any scope exists, so it reads as the system. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    AccountDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalised = username == null ? "" : username.strip().toLowerCase();
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> users.credentials(normalised)
                .filter(c -> c.passwordHash() != null)
                .map(c -> new Account(c.id(), c.username(), c.passwordHash(), c.enabled(),
                        c.lockedUntil() != null && c.lockedUntil().isAfter(clock.instant())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user")));
    }
}
