package org.acredita.commission;

import java.time.LocalDate;
import java.util.UUID;

/** An agency's appearance before the Commission: the meeting (its hearing date), why, and the decision if taken. */
public record Appearance(UUID meetingId, UUID itemId, LocalDate meetsOn, MeetingStatus meetingStatus,
        DocketReason reason, Outcome outcome, LocalDate decidedOn) {
}
