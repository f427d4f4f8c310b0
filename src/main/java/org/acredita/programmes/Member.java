package org.acredita.programmes;

import java.time.LocalDate;
import java.util.UUID;
import org.acredita.identity.StaffMember;

/**
 * An agency in a programme: its cohort, when it joined, and the pair of advisors who accompany it
 * under a regional manager (any of them may still be unassigned).
 */
public record Member(UUID programmeId, UUID agencyId, String agencyName, Cohort cohort, LocalDate joinedOn,
        StaffMember leadAdvisor, StaffMember secondAdvisor, StaffMember regionalManager) {
}
