package org.acredita.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The principal kept in the session: only who signed in. Roles and reach are loaded on every request
 * (see AccessScopeFilter), so a revoked role or a disabled account takes effect immediately. The same principal
 * after a provider's sign-in (hence {@link OAuth2User}, with no attributes: nothing of the provider is kept).
 */
record Account(UUID userId, String username, String passwordHash, boolean enabled, boolean locked)
        implements UserDetails, OAuth2User, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return Map.of();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Never keep the hash in the session store. */
    Account withoutPassword() {
        return new Account(userId, username, null, enabled, locked);
    }
}
