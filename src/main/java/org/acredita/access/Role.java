package org.acredita.access;

import java.util.Set;

/**
 * The roles of the parties in an accreditation programme, each held by a member of one kind of
 * organisation. What a role may do to which agency is decided with the {@link AccessScope}.
 */
public enum Role {
    ADMIN(OrganisationKind.values()),
    AGENCY_CEO(OrganisationKind.AGENCY),
    ACCREDITATION_MANAGER(OrganisationKind.AGENCY),
    AGENCY_STAFF(OrganisationKind.AGENCY),
    ADVISOR(OrganisationKind.ADVISORY),
    REGIONAL_MANAGER(OrganisationKind.ADVISORY),
    PROGRAMME_MANAGER(OrganisationKind.ACCREDITOR),
    ASSESSOR(OrganisationKind.ACCREDITOR),
    TEAM_LEADER(OrganisationKind.ACCREDITOR),
    COMMISSIONER(OrganisationKind.ACCREDITOR),
    FUNDER_OFFICER(OrganisationKind.FUNDER);

    private final Set<OrganisationKind> heldBy;

    Role(OrganisationKind... heldBy) {
        this.heldBy = Set.of(heldBy);
    }

    public boolean canBeHeldBy(OrganisationKind kind) {
        return heldBy.contains(kind);
    }

    /** Roles that act on the agencies they are assigned to rather than on their own organisation. */
    public boolean worksOnAssignedAgencies() {
        return this == ADVISOR || this == REGIONAL_MANAGER || this == ASSESSOR || this == TEAM_LEADER;
    }
}
