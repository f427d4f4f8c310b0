package org.acredita.agencies;

import java.util.EnumSet;
import java.util.Set;

/** The dated obligations of an enrolment that people must be reminded of. */
public enum DeadlineKind {
    /** The end of the self-assessment: agreement date plus the programme's months plus extensions. */
    SELF_ASSESSMENT(EnumSet.of(Phase.COMMITTED, Phase.READINESS_ASSESSMENT, Phase.SELF_ASSESSMENT,
            Phase.MOCK_ASSESSMENT, Phase.READY_FOR_REVIEW)),
    /** The end of the four-year award. */
    AWARD_EXPIRY(Phase.AWARDED);

    private final Set<Phase> phases;

    DeadlineKind(Set<Phase> phases) {
        this.phases = Set.copyOf(phases);
    }

    /**
     * The phases in which the date still binds: once the files are under remote review the self-assessment
     * deadline has been met, and an award no longer held cannot expire.
     */
    public Set<Phase> bindsIn() {
        return phases;
    }
}
