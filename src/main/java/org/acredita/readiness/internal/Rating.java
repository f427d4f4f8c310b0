package org.acredita.readiness.internal;

/** How far a practice is in place, on the 0–4 scale, or not applicable to the agency. */
public enum Rating {
    ABSENT(0), INITIAL(1), PARTIAL(2), LARGELY(3), FULLY(4), NOT_APPLICABLE(-1);

    /** Below this, a question is a gap. */
    public static final int GAP_BELOW = 3;
    public static final int MAX_POINTS = 4;

    private final int points;

    Rating(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    public boolean applicable() {
        return this != NOT_APPLICABLE;
    }

    /** The rating for 0–4 points. */
    public static Rating ofPoints(int points) {
        for (Rating rating : values()) {
            if (rating.points == points && rating.applicable()) {
                return rating;
            }
        }
        throw new IllegalArgumentException("No rating of " + points + " points");
    }
}
