package org.acredita.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.identity.internal.StaffQueries;
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
    private final StaffQueries staff;

    AgencyGate(Organisations organisations, StaffQueries staff) {
        this.organisations = organisations;
        this.staff = staff;
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
     * The agency, if the caller may read it, read with the people a page of its work names, in one query: its own
     * enabled people by name (whom work can be assigned to, as {@link Staff#ofAgency}) and the people with these ids
     * (assignees, who may be advisors of another organisation, as {@link Staff#named}).
     */
    @Transactional(readOnly = true)
    public AgencyWithPeople readableWithPeople(UUID agencyId, Collection<UUID> named) {
        return withPeople(agencyId, true, named);
    }

    /** The same without the agency's own people: the agency and the people with these ids. */
    @Transactional(readOnly = true)
    public AgencyWithPeople readableWithNamed(UUID agencyId, Collection<UUID> named) {
        return withPeople(agencyId, false, named);
    }

    private AgencyWithPeople withPeople(UUID agencyId, boolean withOwn, Collection<UUID> named) {
        StaffQueries.OrganisationWithPeople found = staff.organisationWithPeople(agencyId, withOwn, named)
                .orElseThrow(NotFoundException::new);
        Organisation agency = readable(found.organisation());
        return new AgencyWithPeople(agency, found.own(), found.named());
    }

    /** An agency, its own enabled people by name and the named people by id. */
    public record AgencyWithPeople(Organisation agency, List<StaffMember> ofAgency, Map<UUID, StaffMember> named) {
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
