package org.acredita.training;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import org.acredita.access.RuleViolation;
import org.acredita.training.internal.TrainingRepository.EventFields;

/** Checks an event whole before anything is written; the first problem is reported on its field. */
final class EventRules {

    static final BigDecimal MAX_HOURS = new BigDecimal("200");

    private EventRules() {
    }

    static EventFields check(NewTrainingEvent e) {
        String topic = text(e.topic(), 200, "topic");
        if (topic == null || topic.length() < 3) {
            throw RuleViolation.onField("topic", "training.topic.required");
        }
        if (e.format() == null) {
            throw RuleViolation.onField("format", "training.format.required");
        }
        List<Audience> audiences = e.audiences() == null ? List.of()
                : List.copyOf(new LinkedHashSet<>(e.audiences().stream().filter(a -> a != null).toList()));
        if (audiences.isEmpty()) {
            throw RuleViolation.onField("audiences", "training.audiences.required");
        }
        if (e.heldOn() == null) {
            throw RuleViolation.onField("heldOn", "training.heldOn.required");
        }
        BigDecimal duration = hours(e.durationHours(), MAX_HOURS, "durationHours", "training.duration.invalid");
        String place = text(e.place(), 300, "place");
        String link = text(e.link(), 500, "link");
        if (link != null && !link.matches("https://[^\\s]+")) {
            throw RuleViolation.onField("link", "training.link.invalid");
        }
        if (e.format() == EventFormat.WEBINAR && link == null) {
            throw RuleViolation.onField("link", "training.link.required");
        }
        if (e.format() != EventFormat.WEBINAR && place == null) {
            throw RuleViolation.onField("place", "training.place.required");
        }
        String trainers = text(e.trainers(), 500, "trainers");
        if (trainers == null || trainers.length() < 2) {
            throw RuleViolation.onField("trainers", "training.trainers.required");
        }
        return new EventFields(topic, e.format(), audiences, e.heldOn(), duration, place, link, trainers,
                text(e.description(), 4000, "description"));
    }

    /** Hours in tenths, more than zero and at most {@code max}. */
    static BigDecimal hours(BigDecimal value, BigDecimal max, String field, String key) {
        if (value == null || value.signum() <= 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 1) {
            throw RuleViolation.onField(field, key, max.stripTrailingZeros().toPlainString());
        }
        return value.setScale(1);
    }

    static String text(String value, int max, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String clean = value.strip();
        if (clean.length() > max) {
            throw RuleViolation.onField(field, "training.text.tooLong", String.valueOf(max));
        }
        return clean;
    }
}
