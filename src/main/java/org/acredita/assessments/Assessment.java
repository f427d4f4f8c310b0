package org.acredita.assessments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assessment of an agency's accreditation file in one enrolment.
 *
 * @param samplePercent the share of a sample (1–100), else null
 * @param sampleSeed the seed that drew the sample, recorded so the draw can be repeated, else null
 * @param snapshotHash SHA-256 of the snapshot frozen at the start (see docs/assessment-snapshot.md), null while planned
 */
public record Assessment(UUID id, UUID agencyId, UUID fileId, UUID enrolmentId, AssessmentKind kind,
        AssessmentStatus status, LocalDate windowStart, LocalDate windowEnd, ScopeMode scopeMode,
        Integer samplePercent, Long sampleSeed, String snapshotHash, Instant startedAt, Instant createdAt,
        List<TeamMember> team) {

    public Assessment {
        team = List.copyOf(team);
    }

    public boolean started() {
        return status != AssessmentStatus.PLANNED;
    }

    public boolean onTeam(UUID userId) {
        return userId != null && team.stream().anyMatch(member -> member.userId().equals(userId));
    }
}
