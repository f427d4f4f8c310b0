package org.acredita.audit;

import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;

/** Callers as the identity module would describe them. */
final class Scopes {

    static final UUID ACCREDITOR = UUID.fromString("00000000-0000-0000-0000-00000000ac00");

    private Scopes() {
    }

    static AccessScope administrator() {
        return new AccessScope(UUID.randomUUID(), "ana.admin", ACCREDITOR, Set.of(Role.ADMIN), Reach.ALL, Reach.ALL);
    }

    /** A member of an agency: the organisation is the agency, and the reach is that agency alone. */
    static AccessScope agencyMember(UUID agency, Role role, String username) {
        Reach own = Reach.of(Set.of(agency));
        return new AccessScope(UUID.randomUUID(), username, agency, Set.of(role), own, own);
    }

    static AccessScope assessor(UUID assignedAgency) {
        return new AccessScope(UUID.randomUUID(), "luis.assessor", ACCREDITOR, Set.of(Role.ASSESSOR),
                Reach.of(Set.of(assignedAgency)), Reach.NONE);
    }
}
