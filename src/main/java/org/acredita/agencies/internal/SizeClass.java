package org.acredita.agencies.internal;

/**
 * The classic size classes by authorised full-time personnel (1–24, 25–199, 200–999, 1000+); a manual
 * edition may define its own, which the standards module applies when it evaluates applicability.
 */
public enum SizeClass {
    A(1, 24), B(25, 199), C(200, 999), D(1000, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    SizeClass(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** Null for an agency without declared personnel. */
    public static SizeClass of(int personnel) {
        for (SizeClass size : values()) {
            if (personnel >= size.from && personnel <= size.to) {
                return size;
            }
        }
        return null;
    }

    public String range() {
        return to == Integer.MAX_VALUE ? from + "+" : from + "–" + to;
    }
}
