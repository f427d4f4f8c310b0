package org.acredita.identity.internal;

import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;

/**
 * The rules that turn a person's roles into the agencies they reach. The one place that decides
 * isolation: agency people reach their own agency, advisors and assessors their assigned agencies,
 * the accreditation body's programme manager and administrators everything, commissioners and
 * funders read the whole programme without changing it.
 */
public final class ScopeRules {

    private ScopeRules() {
    }

    public static AccessScope scopeFor(UUID userId, String username, UUID organisationId, UUID ownAgency,
            Set<Role> roles, Set<UUID> assignedAgencies) {
        Reach read = Reach.NONE;
        Reach write = Reach.NONE;
        for (Role role : roles) {
            switch (role) {
                case ADMIN, PROGRAMME_MANAGER -> {
                    read = Reach.ALL;
                    write = Reach.ALL;
                }
                case COMMISSIONER, FUNDER_OFFICER -> read = Reach.ALL;
                case ADVISOR, REGIONAL_MANAGER, ASSESSOR, TEAM_LEADER -> {
                    read = read.union(Reach.of(assignedAgencies));
                    write = write.union(Reach.of(assignedAgencies));
                }
                case AGENCY_CEO, ACCREDITATION_MANAGER, AGENCY_STAFF -> {
                    if (ownAgency != null) {
                        read = read.union(Reach.of(Set.of(ownAgency)));
                        write = write.union(Reach.of(Set.of(ownAgency)));
                    }
                }
            }
        }
        return new AccessScope(userId, username, organisationId, roles, read, write);
    }
}
