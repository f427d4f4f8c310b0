package org.acredita.commission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.standards.AccreditationProgramme;

/**
 * An accreditation the Commission granted: from the decision's date for four years (the lifecycle's award term),
 * on the manual edition and tier of the agency's file; with the decision's conditions and the later decisions on it
 * (suspended, revoked, reinstated, lapsed), oldest first.
 *
 * @param certificateNumber null until certificates are issued
 */
public record Award(UUID id, UUID agencyId, UUID decisionId, AccreditationProgramme programme, LocalDate awardedOn,
        LocalDate expiresOn, UUID editionId, String tier, AwardStatus status, String certificateNumber,
        List<Condition> conditions, List<StandingEvent> standing) {

    public Award {
        conditions = List.copyOf(conditions);
        standing = List.copyOf(standing);
    }

    public long openConditions() {
        return conditions.stream().filter(Condition::open).count();
    }
}
