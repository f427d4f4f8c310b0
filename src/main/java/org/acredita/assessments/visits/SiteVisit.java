package org.acredita.assessments.visits;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The days a site-based assessment's team is on site, in the agency's time zone, and its public comment period
 * (whose id is the visit's): opened when the visit was announced, closed at the end of the visit's last day.
 *
 * @param noticeDays the programme's notice when the visit was announced
 */
public record SiteVisit(UUID id, UUID assessmentId, UUID agencyId, LocalDate startsOn, LocalDate endsOn, ZoneId zone,
        int noticeDays, Instant commentsOpenAt, Instant commentsCloseAt) {

    public boolean commentsOpen(Instant now) {
        return !now.isBefore(commentsOpenAt) && now.isBefore(commentsCloseAt);
    }

    /** After the visit's end: the agency may read the accepted comments. */
    public boolean over(Instant now) {
        return !now.isBefore(commentsCloseAt);
    }
}
