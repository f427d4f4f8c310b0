package org.acredita.personnel;

import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.springframework.stereotype.Component;

/**
 * Who reaches an agency's personal data: its managers and chief executive read and change it, its advisors read
 * it; the agency's other staff, the accreditation body, the funder and administrators do not (403), another agency
 * is not found (404). The application itself (seeding, the acknowledgement links) acts as the system. The one rule for
 * everything that names an agency's people: its roster here, the distributions and acknowledgements that reach them.
 */
@Component
public class PersonalDataAccess {

    static final Role[] EDITORS = {Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER};
    static final Role[] READERS = {Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER, Role.ADVISOR};

    private final AgencyGate gate;

    PersonalDataAccess(AgencyGate gate) {
        this.gate = gate;
    }

    public Organisation readable(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        AccessScope scope = CurrentScope.get();
        if (!scope.isSystem()) {
            // Advisors work on the agencies they are assigned to and so may write them; RLS shows rows only there.
            scope.requireWrite(agency.id());
            scope.requireRole(READERS);
        }
        return agency;
    }

    public Organisation writable(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.isSystem() ? gate.writable(agencyId) : gate.writable(agencyId, EDITORS);
    }

    public boolean mayRead(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.isSystem() || scope.canWrite(agencyId) && scope.hasAnyRole(READERS);
    }

    public boolean mayWrite(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.isSystem() || scope.canWrite(agencyId) && scope.hasAnyRole(EDITORS);
    }
}
