package org.acredita.identity.internal;

import java.util.Set;
import java.util.UUID;
import org.acredita.access.Role;

/** What an administrator enters to create a user; without a password the user gets an invitation link. */
public record NewUser(String username, String displayName, String email, String locale, UUID organisationId,
        Set<Role> roles, String password) {
}
