package org.acredita.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.identity.Credential;
import org.acredita.identity.Organisation;
import org.acredita.identity.SignedInUser;
import org.acredita.identity.internal.UserAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the person behind a request and computes their scope, once per request. */
@Component
public class SignedInUserLoader {

    private final UserRepository users;
    private final OrganisationRepository organisations;
    private final TransactionTemplate readOnly;

    SignedInUserLoader(UserRepository users, OrganisationRepository organisations, TransactionTemplate transactions) {
        this.users = users;
        this.organisations = organisations;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** Empty when the user no longer exists or was disabled: the session is then worthless. */
    public Optional<SignedInUser> load(UUID userId, Credential credential) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> readOnly.execute(status -> users.findById(userId)
                .filter(UserAccount::enabled)
                .flatMap(account -> organisations.findById(account.organisationId())
                        .map(org -> toSignedIn(account, org, credential)))));
    }

    private SignedInUser toSignedIn(UserAccount account, Organisation organisation, Credential credential) {
        AccessScope scope = ScopeRules.scopeFor(account.id(), account.username(), organisation.id(),
                organisation.agencyId(), account.roles(), users.assignedAgencies(account.id()));
        return new SignedInUser(account.id(), account.username(), account.displayName(), account.locale(),
                organisation, account.roles(), scope, credential);
    }
}
