package org.acredita.agencies;

import static org.acredita.agencies.Phase.*;

import java.util.EnumSet;
import java.util.Set;
import org.acredita.access.Role;

/**
 * Who records which step: advisors and the programme staff prepare the agency; the accreditation body
 * confirms readiness, reviews and assesses; its programme manager records the Commission's decisions;
 * the agency's chief executive may withdraw. Administrators may do everything.
 */
final class TransitionPermissions {

    private static final Set<Phase> PREPARATION = EnumSet.of(CONTACTED, INVITED, DECLINED, COMMITTED,
            READINESS_ASSESSMENT, SELF_ASSESSMENT, MOCK_ASSESSMENT);
    private static final Set<Phase> REVIEW = EnumSet.of(REMOTE_FILE_REVIEW, SITE_BASED_ASSESSMENT, REPORT);

    private TransitionPermissions() {
    }

    static Set<Role> rolesFor(Phase to) {
        if (PREPARATION.contains(to)) {
            return EnumSet.of(Role.ADMIN, Role.PROGRAMME_MANAGER, Role.ADVISOR, Role.REGIONAL_MANAGER);
        }
        if (REVIEW.contains(to)) {
            return EnumSet.of(Role.ADMIN, Role.PROGRAMME_MANAGER, Role.ASSESSOR, Role.TEAM_LEADER);
        }
        if (to == WITHDRAWN) {
            return EnumSet.of(Role.ADMIN, Role.PROGRAMME_MANAGER, Role.AGENCY_CEO);
        }
        return EnumSet.of(Role.ADMIN, Role.PROGRAMME_MANAGER);
    }

    /** Enrolling an agency as a candidate is the programme partners' decision. */
    static Set<Role> enrolling() {
        return EnumSet.of(Role.ADMIN, Role.PROGRAMME_MANAGER, Role.ADVISOR, Role.REGIONAL_MANAGER);
    }
}
