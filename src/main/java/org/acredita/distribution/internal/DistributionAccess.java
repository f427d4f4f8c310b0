package org.acredita.distribution.internal;

import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.springframework.stereotype.Component;

/**
 * Who reaches an agency's distributions, which name its people and what each acknowledged: as the roster, its
 * managers and chief executive create them and read progress, its advisors read; the agency's other staff, the
 * accreditation body, the funder and administrators are forbidden (403); another agency is not found (404).
 */
@Component
public class DistributionAccess {

    static final Role[] EDITORS = {Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER};
    static final Role[] READERS = {Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER, Role.ADVISOR};

    private final AgencyGate gate;

    DistributionAccess(AgencyGate gate) {
        this.gate = gate;
    }

    public Organisation readable(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        AccessScope scope = CurrentScope.get();
        if (!scope.isSystem()) {
            scope.requireWrite(agency.id());
            scope.requireRole(READERS);
        }
        return agency;
    }

    public Organisation writable(UUID agencyId) {
        return CurrentScope.get().isSystem() ? gate.writable(agencyId) : gate.writable(agencyId, EDITORS);
    }

    public boolean mayRead(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.isSystem() || scope.canWrite(agencyId) && scope.hasAnyRole(READERS);
    }

    public boolean mayCreate(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.isSystem() || scope.canWrite(agencyId) && scope.hasAnyRole(EDITORS);
    }
}
