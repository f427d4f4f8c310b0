package org.acredita.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.access.Role;
import org.acredita.identity.internal.StaffQueries;
import org.acredita.identity.internal.UserRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner organisations' people other modules staff agencies with: whom they may choose (for the
 * programme's staff) and whose names they show. Partner people carry no agency, so any signed-in
 * person may read their names; only administrators and the programme manager browse them by role.
 */
@Service
public class Staff {

    private final StaffQueries queries;
    private final UserRepository users;
    private final AuditTrail audit;

    Staff(StaffQueries queries, UserRepository users, AuditTrail audit) {
        this.queries = queries;
        this.users = users;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<StaffMember> holding(Role role) {
        CurrentScope.get().requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        return queries.holding(role);
    }

    /** The agency's own enabled people, for choosing whom its work is assigned to. */
    @Transactional(readOnly = true)
    public List<StaffMember> ofAgency(UUID agencyId) {
        CurrentScope.get().requireRead(agencyId);
        return queries.ofAgency(agencyId);
    }

    /** Whether this enabled person holds the role; how a module checks a choice before it stores it. */
    @Transactional(readOnly = true)
    public boolean holds(UUID userId, Role role) {
        return userId != null && queries.holds(userId, role);
    }

    /**
     * Gives an advisor or regional manager access to an agency because the programme's staff made them
     * part of its advisor pair, or an assessor or team leader because they put them on an assessment's team. Only callers who change every agency staff them; audited like any assignment.
     */
    @Transactional
    public void assignToAgency(UUID userId, UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        scope.requireWrite(agencyId);
        if (!holds(userId, Role.ADVISOR) && !holds(userId, Role.REGIONAL_MANAGER) && !holds(userId, Role.ASSESSOR)
                && !holds(userId, Role.TEAM_LEADER)) {
            throw new RuleViolation("identity.assignment.roleMissing", userId);
        }
        if (!users.assignedAgencies(userId).contains(agencyId)) {
            users.assign(userId, agencyId, scope.userId());
            audit.record("AGENCY_ASSIGNED", "user", userId.toString(), agencyId, named(List.of(userId))
                    .get(userId).displayName());
        }
    }

    /** Whether the person reaches the agency through an assignment (advisors, assessors). */
    @Transactional(readOnly = true)
    public boolean isAssigned(UUID userId, UUID agencyId) {
        return userId != null && users.assignedAgencies(userId).contains(agencyId);
    }

    /** Ends the access an advisor had through a programme's pairing. */
    @Transactional
    public void unassignFromAgency(UUID userId, UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(Role.ADMIN, Role.PROGRAMME_MANAGER);
        scope.requireWrite(agencyId);
        if (users.unassign(userId, agencyId) > 0) {
            audit.record("AGENCY_UNASSIGNED", "user", userId.toString(), agencyId, userId.toString());
        }
    }

    @Transactional(readOnly = true)
    public Map<UUID, StaffMember> named(Collection<UUID> ids) {
        return queries.named(ids).stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }
}
