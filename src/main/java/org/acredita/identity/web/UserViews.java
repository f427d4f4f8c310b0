package org.acredita.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.UserManagement;
import org.acredita.identity.internal.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles an administrator's page of one user in one read-only transaction. */
@Service
class UserViews {

    private final UserManagement users;
    private final Organisations organisations;

    UserViews(UserManagement users, Organisations organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    /** Another user is not found for a non-administrator, and one's own page is forbidden to them. */
    @Transactional(readOnly = true)
    public UserView show(UUID userId) {
        UserAccount user = users.get(userId);
        CurrentScope.get().requireRole(Role.ADMIN);
        Organisation organisation = organisations.get(user.organisationId());
        List<Organisation> agencies = organisations.visible().stream().filter(Organisation::isAgency).toList();
        Set<UUID> assigned = users.assignedAgencies(userId);
        return new UserView(user, organisation,
                Arrays.stream(Role.values()).filter(r -> r.canBeHeldBy(organisation.kind()) && !user.roles().contains(r))
                        .toList(),
                agencies.stream().filter(a -> !assigned.contains(a.id())).toList(),
                agencies.stream().filter(a -> assigned.contains(a.id())).toList(),
                user.roles().stream().anyMatch(Role::worksOnAssignedAgencies));
    }
}
