package org.acredita.distribution.internal;

/** How far a distribution (or one unit of it) has come; pending includes the overdue. */
public record Counts(String unit, int total, int acknowledged, int overdue) {

    public int pending() {
        return total - acknowledged;
    }

    /** Whole per cent acknowledged, rounded down so 100 means everyone. */
    public int percent() {
        return total == 0 ? 0 : (int) (acknowledged * 100L / total);
    }
}
