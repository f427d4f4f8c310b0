package org.acredita.assessments.comments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** An open public comment period as the public sees it: which agency, where, the visit's days and the closing. */
public record CommentPeriod(UUID id, String agencyName, String stateCode, LocalDate visitStartsOn,
        LocalDate visitEndsOn, Instant opensAt, Instant closesAt, ZoneId zone) {
}
