package org.acredita.assistance.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One visit or remote session as recorded in an agency's log. */
public record AssistanceSession(UUID id, UUID agencyId, LocalDate occurredOn, AssistanceMode mode,
        int durationMinutes, String advisors, String agencyParticipants, List<String> topics, String summary,
        String followUp, String recordedByName, Instant createdAt) {

    public AssistanceSession {
        topics = List.copyOf(topics);
    }

    public double hours() {
        return durationMinutes / 60.0;
    }
}
