package org.acredita.programmes.web;

import java.util.List;
import java.util.UUID;
import org.acredita.identity.Organisation;
import org.acredita.identity.StaffMember;
import org.acredita.programmes.Cohort;
import org.acredita.programmes.Member;
import org.acredita.programmes.Programme;

/**
 * Everything a programme's page shows, read in one transaction by {@link ProgrammeViews}.
 *
 * @param partners the organisations the caller sees, to name the programme's funder, advisory and accreditor
 * @param outside agencies not in the programme yet (for its managers, else empty)
 */
public record ProgrammeOverview(Programme programme, List<Organisation> partners, List<Cohort> cohorts,
        List<Member> members, boolean canManage, List<Organisation> outside, List<StaffMember> advisors,
        List<StaffMember> regionalManagers) {

    /** A partner's name; "—" for one the caller does not see. */
    public String partnerName(UUID organisationId) {
        return partners.stream().filter(o -> o.id().equals(organisationId)).map(Organisation::name).findFirst()
                .orElse("—");
    }

    /** How many of the programme's agencies are in the cohort. */
    public long membersOf(Cohort cohort) {
        return members.stream().filter(m -> m.cohort() != null && m.cohort().id().equals(cohort.id())).count();
    }
}
