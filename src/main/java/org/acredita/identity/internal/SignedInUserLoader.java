package org.acredita.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.Credential;
import org.acredita.identity.Organisation;
import org.acredita.identity.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Loads the person behind a request and computes their scope, once per request, in one statement (user, roles,
 * organisation and assigned agencies), so it needs no transaction of its own.
 */
@Component
public class SignedInUserLoader {

    private final UserRepository users;

    SignedInUserLoader(UserRepository users) {
        this.users = users;
    }

    /** Empty when the user no longer exists or was disabled: the session is then worthless. */
    public Optional<SignedInUser> load(UUID userId, Credential credential) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> users.caller(userId)
                .filter(caller -> caller.account().enabled())
                .map(caller -> toSignedIn(caller, credential)));
    }

    private static SignedInUser toSignedIn(UserRepository.Caller caller, Credential credential) {
        UserAccount account = caller.account();
        Organisation organisation = caller.organisation();
        AccessScope scope = ScopeRules.scopeFor(account.id(), account.username(), organisation.id(),
                organisation.agencyId(), account.roles(), caller.assignedAgencies());
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.locale(),
                organisation, account.roles(), scope, credential);
    }
}
