package org.acredita.commission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A decision to record: the outcome, every panel member's vote, the conditions (accredited with conditions), the
 * reasons (denied) or what must happen before the re-hearing (deferred).
 */
public record NewDecision(Outcome outcome, List<CastVote> votes, List<NewCondition> conditions, String reasons,
        String requiredActions) {

    public NewDecision {
        votes = votes == null ? List.of() : List.copyOf(votes);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    public record CastVote(UUID commissionerId, Vote vote) {
    }

    public record NewCondition(String text, LocalDate dueOn) {
    }
}
