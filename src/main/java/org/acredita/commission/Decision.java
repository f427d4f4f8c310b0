package org.acredita.commission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The Commission's decision on a docket item, with each panel member's vote, and (accredited with conditions)
 * the conditions with their due dates; {@code reasons} for a denial, {@code requiredActions} for a deferral.
 */
public record Decision(UUID id, UUID docketItemId, UUID agencyId, Outcome outcome, LocalDate decidedOn,
        String reasons, String requiredActions, List<CastVote> votes, List<Condition> conditions) {

    public Decision {
        votes = List.copyOf(votes);
        conditions = List.copyOf(conditions);
    }

    public record CastVote(UUID commissionerId, String name, Vote vote) {
    }

    public long count(Vote vote) {
        return votes.stream().filter(v -> v.vote() == vote).count();
    }
}
