package org.acredita.agencies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Another module's dated steps in an agency's history beyond its lifecycle transitions (the Commission: hearings,
 * decisions, awards, conditions lifted, later decisions, annual reports signed and accepted), shown on the agency's
 * timeline so this module needs no dependency on it. Asked in the caller's scope; answers only what the caller may
 * read, in any order (the page sorts them newest first).
 */
public interface AgencyMilestones {

    List<Milestone> of(UUID agencyId);

    /**
     * One step: its day, a message key (both languages in the implementing module's bundle) taking the argument
     * (null when the message takes none), and the page where it is seen in full.
     */
    record Milestone(LocalDate on, String messageKey, Object argument, String href) {
    }
}
