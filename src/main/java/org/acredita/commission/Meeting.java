package org.acredita.commission;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A Commission meeting with the docket items the caller may see.
 *
 * @param startsAt the hour it starts in its own time zone, or null when not set yet
 * @param place where it meets in person, or null for a virtual meeting
 * @param virtualLink the link to join, or null for a meeting in person
 */
public record Meeting(UUID id, LocalDate meetsOn, LocalTime startsAt, ZoneId timeZone, String place,
        String virtualLink, MeetingStatus status, List<DocketItem> docket) {

    public Meeting {
        docket = List.copyOf(docket);
    }
}
