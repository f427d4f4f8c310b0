package org.acredita.proofs;

/**
 * Where an expected proof of a time-sensitive standard stands: proven in time, proven only after its period
 * ended, missing (the period is over), due (the period is running) or upcoming.
 */
public enum SlotState {
    PROVEN, LATE, MISSING, DUE, UPCOMING;

    /** A gap the agency should fill or explain. */
    public boolean gap() {
        return this == MISSING;
    }
}
