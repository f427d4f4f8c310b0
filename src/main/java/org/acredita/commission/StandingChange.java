package org.acredita.commission;

import org.acredita.agencies.Phase;

/**
 * What the Commission decides about an award after granting it (suspended, revoked, reinstated), and its lapse past
 * expiry without reaccreditation; each with the award status it leaves and the lifecycle phase the agency goes to.
 */
public enum StandingChange {
    SUSPENDED(AwardStatus.SUSPENDED, Phase.SUSPENDED),
    REVOKED(AwardStatus.REVOKED, Phase.REMOVED),
    REINSTATED(AwardStatus.ACTIVE, Phase.CONTINUED_COMPLIANCE),
    LAPSED(AwardStatus.EXPIRED, Phase.LAPSED);

    private final AwardStatus leaves;
    private final Phase phase;

    StandingChange(AwardStatus leaves, Phase phase) {
        this.leaves = leaves;
        this.phase = phase;
    }

    /** The award's status after the change. */
    public AwardStatus leaves() {
        return leaves;
    }

    /** The lifecycle phase the agency's enrolment moves to. */
    public Phase phase() {
        return phase;
    }

    /** Whether the award's present status allows this change: only an active award is suspended or lapses. */
    public boolean allowedFrom(AwardStatus status) {
        return switch (this) {
            case SUSPENDED, LAPSED -> status == AwardStatus.ACTIVE;
            case REVOKED -> status == AwardStatus.ACTIVE || status == AwardStatus.SUSPENDED;
            case REINSTATED -> status == AwardStatus.SUSPENDED;
        };
    }

    /** Recorded by the Commission (the programme manager); a lapse is the system's, never a person's choice. */
    public boolean decided() {
        return this != LAPSED;
    }
}
