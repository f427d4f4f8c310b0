package org.acredita.identity;

import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency a call is about, once the caller may reach it: the one gate every module's services pass
 * before reading or changing an agency's data. Another agency, or an organisation that is not an agency,
 * is simply not found (404, never a hint that it exists); an agency the caller only reads, or a role that
 * may not do the work, is forbidden (403).
 */
@Component
public class AgencyGate {

    private final Organisations organisations;

    AgencyGate(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The agency, if the caller may read it. */
    @Transactional(readOnly = true)
    public Organisation readable(UUID agencyId) {
        Organisation organisation = organisations.get(agencyId);
        if (!organisation.isAgency()) {
            throw new NotFoundException();
        }
        CurrentScope.get().requireRead(organisation.id());
        return organisation;
    }

    /**
     * An agency already read through this gate and handed along (a page assembling its view in one
     * transaction): the same checks, made again in memory, without reading the row again.
     */
    public Organisation readable(Organisation agency) {
        if (!agency.isAgency()) {
            throw new NotFoundException();
        }
        CurrentScope.get().requireRead(agency.id());
        return agency;
    }

    /** The agency, if the caller may change it and holds one of the roles (any role when none is given). */
    @Transactional(readOnly = true)
    public Organisation writable(UUID agencyId, Role... roles) {
        Organisation agency = readable(agencyId);
        AccessScope scope = CurrentScope.get();
        scope.requireWrite(agency.id());
        if (roles.length > 0) {
            scope.requireRole(roles);
        }
        return agency;
    }

    /** Whether {@link #writable} would let the caller through (so a page offers the action or not). */
    public boolean mayWrite(UUID agencyId, Role... roles) {
        AccessScope scope = CurrentScope.get();
        return scope.canWrite(agencyId) && (roles.length == 0 || scope.hasAnyRole(roles));
    }
}
