package org.acredita.commission;

import java.time.LocalDate;
import java.time.LocalTime;

/** What planning a meeting takes: the date, optionally the hour, its time zone, and a place or a link (or both). */
public record NewMeeting(LocalDate meetsOn, LocalTime startsAt, String timeZone, String place, String virtualLink) {
}
