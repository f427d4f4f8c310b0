package org.acredita.readiness.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A readiness assessment of an agency: who assessed when, the answers, and whether it is completed. */
public record Assessment(UUID id, UUID agencyId, UUID programmeId, int instrumentVersion, LocalDate assessedOn,
        String assessors, String summary, AssessmentState state, String createdBy, Instant completedAt,
        String completedBy, List<Answer> answers) {

    public Assessment {
        answers = List.copyOf(answers);
    }

    public boolean completed() {
        return state == AssessmentState.COMPLETED;
    }

    public Scorecard scorecard() {
        return Scorecard.of(answers);
    }
}
