package org.acredita.assistance;

import org.acredita.assistance.internal.AssistanceMode;
import org.acredita.assistance.internal.NewAssistanceSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.acredita.access.RuleViolation;

/** Checks a reported session whole before anything is written; the first problem is reported on its field. */
final class SessionRules {

    /** A chapter (4) or a standard down to four levels (4.1.3), as the manuals number them. */
    static final Pattern TOPIC = Pattern.compile("^[1-9][0-9]{0,3}(\\.[1-9][0-9]{0,3}){0,3}$");
    static final int MAX_TOPICS = 30;
    static final int MAX_MINUTES = 1440;

    record Clean(LocalDate occurredOn, AssistanceMode mode, int minutes, String advisors, String participants,
            List<String> topics, String summary, String followUp) {
    }

    private final Clock clock;

    SessionRules(Clock clock) {
        this.clock = clock;
    }

    Clean check(NewAssistanceSession s, String recorder, ZoneId agencyZone) {
        if (s.occurredOn() == null) {
            throw RuleViolation.onField("occurredOn", "assistance.occurredOn.required");
        }
        if (s.occurredOn().isAfter(LocalDate.now(clock.withZone(agencyZone)))) {
            throw RuleViolation.onField("occurredOn", "assistance.occurredOn.future");
        }
        if (s.mode() == null) {
            throw RuleViolation.onField("mode", "assistance.mode.required");
        }
        if (s.durationMinutes() == null || s.durationMinutes() < 1 || s.durationMinutes() > MAX_MINUTES) {
            throw RuleViolation.onField("durationMinutes", "assistance.duration.invalid", String.valueOf(MAX_MINUTES));
        }
        String summary = text(s.summary(), 4000, "summary");
        if (summary == null) {
            throw RuleViolation.onField("summary", "assistance.summary.required");
        }
        String coAdvisors = text(s.coAdvisors(), 900, "coAdvisors");
        // The recording advisor is always named, once, ahead of the colleagues who came along.
        String advisors = coAdvisors == null || coAdvisors.equals(recorder) ? recorder : recorder + "; " + coAdvisors;
        return new Clean(s.occurredOn(), s.mode(), s.durationMinutes(), advisors,
                text(s.agencyParticipants(), 1000, "agencyParticipants"), topics(s.topics()), summary,
                text(s.followUp(), 4000, "followUp"));
    }

    private static List<String> topics(List<String> requested) {
        Set<String> topics = new LinkedHashSet<>();
        for (String topic : requested == null ? List.<String>of() : requested) {
            String clean = topic == null ? "" : topic.strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (!TOPIC.matcher(clean).matches()) {
                throw RuleViolation.onField("topics", "assistance.topic.invalid", clean);
            }
            topics.add(clean);
        }
        if (topics.size() > MAX_TOPICS) {
            throw RuleViolation.onField("topics", "assistance.topics.tooMany", String.valueOf(MAX_TOPICS));
        }
        return List.copyOf(topics);
    }

    private static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw RuleViolation.onField(field, "assistance.text.tooLong", String.valueOf(max));
        }
        return clean;
    }
}
