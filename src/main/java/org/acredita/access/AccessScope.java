package org.acredita.access;

import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

/**
 * Who the caller is and what they may read and change, computed once per request. Services call
 * {@link #requireRead} / {@link #requireWrite} / {@link #requireRole} before acting; the same reach
 * is handed to PostgreSQL so row-level security refuses foreign rows even if a check is forgotten.
 *
 * @param userId the caller, or null for the system itself (start-up, scheduled jobs)
 * @param username the caller's user name, recorded in the audit trail
 * @param organisationId the caller's organisation
 * @param roles the caller's roles
 * @param read agencies whose data the caller may see
 * @param write agencies whose data the caller may change
 */
public record AccessScope(UUID userId, String username, UUID organisationId, Set<Role> roles, Reach read,
        Reach write) {

    /** No caller: sees no agency data at all. */
    public static final AccessScope NOBODY = new AccessScope(null, null, null, Set.of(), Reach.NONE, Reach.NONE);

    /** The application acting on its own behalf (seeding, verification jobs, sign-in lookups). */
    public static final AccessScope SYSTEM = new AccessScope(null, "system", null, Set.of(), Reach.ALL, Reach.ALL);

    /**
     * The application seeding demo data through the services as an administrator would, so every rule
     * and audit event applies; recorded as "system".
     */
    public static final AccessScope SEEDING = new AccessScope(null, "system", null, Set.of(Role.ADMIN), Reach.ALL,
            Reach.ALL);

    public AccessScope {
        roles = Set.copyOf(roles);
    }

    public boolean canRead(UUID agencyId) {
        return read.includes(agencyId) || write.includes(agencyId);
    }

    public boolean canWrite(UUID agencyId) {
        return write.includes(agencyId);
    }

    /** Foreign data answers "not found", never a hint that it exists. */
    public void requireRead(UUID agencyId) {
        if (!canRead(agencyId)) {
            throw new NotFoundException();
        }
    }

    /** Not visible: not found; visible but read-only (e.g. a funder): forbidden. */
    public void requireWrite(UUID agencyId) {
        requireRead(agencyId);
        if (!canWrite(agencyId)) {
            throw new ForbiddenException();
        }
    }

    public boolean hasAnyRole(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    public void requireRole(Role... wanted) {
        if (!hasAnyRole(wanted)) {
            throw new ForbiddenException();
        }
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean isSystem() {
        return userId == null && read.all() && write.all();
    }

    public boolean isSignedIn() {
        return userId != null;
    }
}
