package org.acredita.commission;

/** What the Commission decided about an agency heard at a meeting. */
public enum Outcome {
    ACCREDITED, ACCREDITED_WITH_CONDITIONS, DEFERRED, DENIED;

    public boolean awards() {
        return this == ACCREDITED || this == ACCREDITED_WITH_CONDITIONS;
    }
}
