package org.acredita.directives.internal;

import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.springframework.stereotype.Component;

/** The agency a directive call is about, once the caller is allowed: shared by the module's services. */
@Component
public class AgencyAccess {

    /** The agency's people and its advisors write directives; reviewers and funders only read them. */
    static final Role[] WRITERS = {Role.ADMIN, Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER, Role.AGENCY_STAFF,
        Role.ADVISOR, Role.REGIONAL_MANAGER};

    private final Organisations organisations;

    AgencyAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    /** Only agencies have directives; another agency, or a partner organisation, is simply not found. */
    Organisation readable(UUID agencyId) {
        Organisation organisation = organisations.get(agencyId);
        if (!organisation.isAgency()) {
            throw new NotFoundException();
        }
        CurrentScope.get().requireRead(organisation.id());
        return organisation;
    }

    Organisation writable(UUID agencyId) {
        Organisation agency = readable(agencyId);
        AccessScope scope = CurrentScope.get();
        scope.requireWrite(agency.id());
        scope.requireRole(WRITERS);
        return agency;
    }

    boolean mayWrite(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.canWrite(agencyId) && scope.hasAnyRole(WRITERS);
    }
}
