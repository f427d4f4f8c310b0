package org.acredita.commission;

/**
 * The Commission's figures over a set of agencies (a programme's dashboard): agencies holding an active award,
 * active awards expiring within {@link #EXPIRY_MONTHS} months, conditions open (of awards held or suspended) and of
 * those past their due date, and annual status reports overdue.
 */
public record AwardFigures(long awardedAgencies, long expiringIn12Months, long conditionsOpen, long conditionsOverdue,
        long annualReportsOverdue) {

    /** How far ahead an expiry counts as coming. */
    public static final int EXPIRY_MONTHS = 12;

    public static final AwardFigures NONE = new AwardFigures(0, 0, 0, 0, 0);
}
