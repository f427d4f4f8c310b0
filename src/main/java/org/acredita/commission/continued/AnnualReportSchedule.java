package org.acredita.commission.continued;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When an award's annual status reports fall due. The report of year {@code n} (1–3) covers the award's
 * {@code n}-th year: it can be prepared from {@value #OPENS_DAYS_BEFORE} days before the {@code n}-th anniversary
 * and is due {@value #DAYS_AFTER_ANNIVERSARY} days after it; unsigned after that day it is overdue. The period is a
 * constant rather than a funded programme's setting: the accreditation body sets it for every agency alike and the
 * `programmes` module (the funder's settings) has no place for the body's terms.
 */
public final class AnnualReportSchedule {

    /** Days after the award's anniversary within which the chief executive signs the year's report. */
    public static final int DAYS_AFTER_ANNIVERSARY = 30;
    /** Days before the anniversary from which the accreditation manager may prepare the report. */
    public static final int OPENS_DAYS_BEFORE = 60;
    /** Reports cover years 1 to 3; the fourth year ends in the reaccreditation's site-based assessment. */
    public static final int REPORT_YEARS = 3;

    private AnnualReportSchedule() {
    }

    public static LocalDate anniversary(LocalDate awardedOn, int year) {
        requireYear(year);
        return awardedOn.plusYears(year);
    }

    public static LocalDate dueOn(LocalDate awardedOn, int year) {
        return anniversary(awardedOn, year).plusDays(DAYS_AFTER_ANNIVERSARY);
    }

    public static LocalDate opensOn(LocalDate awardedOn, int year) {
        return anniversary(awardedOn, year).minusDays(OPENS_DAYS_BEFORE);
    }

    /** Whether the year's report may be prepared on this day (the award still running). */
    public static boolean open(LocalDate awardedOn, LocalDate expiresOn, int year, LocalDate today) {
        return !today.isBefore(opensOn(awardedOn, year)) && today.isBefore(expiresOn);
    }

    /** Past its due date and not signed. */
    public static boolean overdue(LocalDate awardedOn, int year, boolean signed, LocalDate today) {
        return !signed && today.isAfter(dueOn(awardedOn, year));
    }

    /** Days left until the report is due (negative once overdue). */
    public static long daysLeft(LocalDate awardedOn, int year, LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn(awardedOn, year));
    }

    /** The award's year (1–4) a day falls in; 0 before the award, 5 and more after its term. */
    public static int awardYear(LocalDate awardedOn, LocalDate day) {
        return day.isBefore(awardedOn) ? 0 : (int) ChronoUnit.YEARS.between(awardedOn, day) + 1;
    }

    public static boolean validYear(int year) {
        return year >= 1 && year <= REPORT_YEARS;
    }

    private static void requireYear(int year) {
        if (!validYear(year)) {
            throw new IllegalArgumentException("year " + year);
        }
    }
}
