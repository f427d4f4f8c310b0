package org.acredita.assistance.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What an advisor reports about a session. The recording advisor is always one of the advisors;
 * {@code coAdvisors} names the others (free text: advisors' accounts are not listed to other modules).
 */
public record NewAssistanceSession(LocalDate occurredOn, AssistanceMode mode, Integer durationMinutes,
        String coAdvisors, String agencyParticipants, List<String> topics, String summary, String followUp) {
}
