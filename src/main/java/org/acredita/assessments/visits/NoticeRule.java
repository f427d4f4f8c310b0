package org.acredita.assessments.visits;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.acredita.access.RuleViolation;

/**
 * The public must be told of a site-based assessment at least the programme's notice period before the visit
 * starts: the comment period opens when the visit is announced, so the first day of the visit may be no
 * earlier than the announcement plus the notice.
 */
public final class NoticeRule {

    private NoticeRule() {
    }

    public static boolean respected(LocalDate announcedOn, LocalDate visitStarts, int noticeDays) {
        return !announcedOn.plusDays(noticeDays).isAfter(visitStarts);
    }

    /** Refuses a visit that would start before the notice has run, saying how many days it would have. */
    public static void require(LocalDate announcedOn, LocalDate visitStarts, int noticeDays) {
        if (!respected(announcedOn, visitStarts, noticeDays)) {
            throw RuleViolation.onField("startsOn", "visits.notice.tooShort", noticeDays,
                    Math.max(0, ChronoUnit.DAYS.between(announcedOn, visitStarts)));
        }
    }
}
