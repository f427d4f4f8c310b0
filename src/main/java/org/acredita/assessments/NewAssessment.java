package org.acredita.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What planning an assessment asks for.
 *
 * @param fileId the agency's accreditation file; may be null when the agency has exactly one
 * @param samplePercent for a sample: the share of the applicable standards to draw (1–100)
 * @param sampleSeed for a sample: the seed to draw with (to repeat a draw); null draws a new one
 * @param picked for a picked scope: the standard numbers the reviewer chose
 */
public record NewAssessment(UUID fileId, AssessmentKind kind, LocalDate windowStart, LocalDate windowEnd,
        ScopeMode scopeMode, Integer samplePercent, Long sampleSeed, List<String> picked, List<TeamChoice> team) {

    public NewAssessment {
        picked = picked == null ? List.of() : List.copyOf(picked);
        team = team == null ? List.of() : List.copyOf(team);
    }

    /** A person chosen for the team, with their role and the chapters they take (none: all). */
    public record TeamChoice(UUID userId, TeamRole role, List<Integer> chapters) {

        public TeamChoice {
            chapters = chapters == null ? List.of() : List.copyOf(chapters);
        }
    }
}
