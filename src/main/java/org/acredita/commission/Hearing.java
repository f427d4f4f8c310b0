package org.acredita.commission;

import java.time.Instant;

/**
 * The record of an agency's hearing: who attended for the agency (names and positions), the funder's and the
 * advisors' coordination notes, the questions raised and the panel's recommendation. Null fields were not written.
 */
public record Hearing(String agencyAttendees, String funderNotes, String advisorNotes, String questions,
        String recommendation, Instant recordedAt) {
}
