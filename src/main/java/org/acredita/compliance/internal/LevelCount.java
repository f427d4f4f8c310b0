package org.acredita.compliance.internal;

/**
 * Standards of one level that count (applicable: not accepted as not applicable) and how many of them are met
 * (in compliance, or waived with a waiver still running).
 */
public record LevelCount(int met, int applicable) {

    /** Whole percent met, rounded down so that 100 means every one; 100 when none applies. */
    public int percent() {
        return applicable == 0 ? 100 : (int) (100L * met / applicable);
    }
}
