package org.acredita.assessments.internal;

import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.Role;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.TeamMember;
import org.acredita.assessments.TeamRole;

/**
 * How much of an assessment a caller sees. The accreditation body's programme staff and the team see all of
 * it (advisors the mock assessments they run); the agency and its advisors see that an assessment exists and
 * where it stands; everyone else (funders and commissioners until reports are released, assessors not on the
 * team, other agencies) nothing, answered as not found.
 */
public enum Visibility {
    NONE, STATUS, FULL;

    public static Visibility of(AccessScope scope, UUID agencyId, AssessmentKind kind, boolean onTeam) {
        if (!scope.canRead(agencyId)) {
            return NONE;
        }
        if (scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER) || onTeam) {
            return FULL;
        }
        if (scope.hasAnyRole(Role.ADVISOR, Role.REGIONAL_MANAGER)) {
            return kind == AssessmentKind.MOCK_ASSESSMENT ? FULL : STATUS;
        }
        if (agencyId.equals(scope.organisationId())) {
            return STATUS;
        }
        return NONE;
    }

    /** Who moves an assessment on: the programme staff, and the team (an advisor on a mock assessment's team). */
    public static boolean mayRun(AccessScope scope, UUID agencyId, boolean onTeam) {
        return scope.canWrite(agencyId) && (scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER) || onTeam);
    }

    /** Who edits a site visit's schedule and moderates its public comments: the programme staff and the team leader. */
    public static boolean mayLead(AccessScope scope, UUID agencyId, boolean teamLeader) {
        return scope.canWrite(agencyId) && (scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER) || teamLeader);
    }

    /** Who plans: the programme staff any kind for any agency; advisors mock assessments of their agencies. */
    public static boolean mayPlan(AccessScope scope, UUID agencyId, AssessmentKind kind) {
        if (!scope.canWrite(agencyId)) {
            return false;
        }
        return scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER) || kind == AssessmentKind.MOCK_ASSESSMENT
                && scope.hasAnyRole(Role.ADVISOR, Role.REGIONAL_MANAGER);
    }

    /**
     * Findings: the programme staff and the team from the first verdict; the agency and its advisors once the
     * findings went to the agency.
     */
    public static boolean seesFindings(AccessScope scope, UUID agencyId, AssessmentKind kind, boolean onTeam,
            AssessmentStatus status) {
        Visibility visibility = of(scope, agencyId, kind, onTeam);
        return visibility == FULL
                || visibility == STATUS && status.compareTo(AssessmentStatus.FINDINGS_TO_AGENCY) >= 0;
    }

    /** Who answers findings with corrective actions: the agency's chief executive and accreditation managers. */
    public static boolean answersFindings(AccessScope scope, UUID agencyId) {
        return agencyId.equals(scope.organisationId()) && scope.canWrite(agencyId)
                && scope.hasAnyRole(Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER);
    }

    /**
     * Who sees the review screen and the verdicts: those who see all of the assessment, the team (and advisors
     * on a mock assessment) only from the window's start; programme staff at any time.
     */
    public static boolean seesReview(AccessScope scope, UUID agencyId, AssessmentKind kind, boolean onTeam,
            boolean windowStarted) {
        return of(scope, agencyId, kind, onTeam) == FULL
                && (scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER) || windowStarted);
    }

    /**
     * Who records a verdict on a standard of a chapter: programme staff, the team leader, and a team member whose
     * assignment covers the chapter (no chapters assigned means the whole scope).
     */
    public static boolean mayDecide(AccessScope scope, UUID agencyId, TeamMember member, int chapter) {
        if (!scope.canWrite(agencyId)) {
            return false;
        }
        if (scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER)) {
            return true;
        }
        return member != null && (member.role() == TeamRole.TEAM_LEADER || member.chapters().isEmpty()
                || member.chapters().contains(chapter));
    }
}
