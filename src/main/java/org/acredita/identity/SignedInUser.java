package org.acredita.identity;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.Role;

/**
 * The person behind the current request, loaded fresh on each request so revocations apply at once.
 *
 * @param credential how they proved who they are on this request
 */
public record SignedInUser(UUID id, String username, String displayName, String locale, Organisation organisation,
        Set<Role> roles, AccessScope scope, Credential credential) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    public Locale preferredLocale() {
        return Locale.forLanguageTag(locale);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * A person signed in at the form or through a provider, not a script holding a token (see
     * {@link org.acredita.identity.internal.InteractiveSession}).
     */
    public boolean interactive() {
        return credential == Credential.PASSWORD || credential == Credential.SINGLE_SIGN_ON;
    }
}
