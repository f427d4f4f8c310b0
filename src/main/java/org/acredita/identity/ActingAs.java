package org.acredita.identity;

import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.identity.internal.SignedInUserLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scope a named person works with, for work the application does on their behalf (the demo data is made
 * by the people it shows at work, so history, audit and row-level security read as theirs). Only the
 * application itself may ask: a person never acts as another.
 */
@Service
public class ActingAs {

    private final Usernames usernames;
    private final SignedInUserLoader loader;

    ActingAs(Usernames usernames, SignedInUserLoader loader) {
        this.usernames = usernames;
        this.loader = loader;
    }

    @Transactional(readOnly = true)
    public AccessScope scopeOf(String username) {
        if (!CurrentScope.get().isSystem()) {
            throw new ForbiddenException();
        }
        UUID id = usernames.ids(List.of(username)).get(username);
        if (id == null) {
            throw new NotFoundException();
        }
        return loader.load(id, Credential.PASSWORD).map(SignedInUser::scope).orElseThrow(NotFoundException::new);
    }
}
