package org.acredita.identity.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.Role;

/** A user as administrators see it. */
public record UserAccount(UUID id, String username, String displayName, String email, String locale,
        UUID organisationId, String organisationName, Set<Role> roles, boolean enabled, boolean hasPassword,
        Instant lockedUntil, Instant createdAt) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
