package org.acredita.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.acredita.access.RuleViolation;
import org.acredita.training.internal.TrainingRepository.EventFields;
import org.junit.jupiter.api.Test;

/** An event is checked whole, and the first problem is named on its field. */
class EventRulesTest {

    private static NewTrainingEvent event(EventFormat format, String place, String link, String hours,
            List<Audience> audiences) {
        return new NewTrainingEvent(null, "  Taller de directivas  ", format, audiences, LocalDate.of(2026, 5, 4),
                hours == null ? null : new BigDecimal(hours), place, link, "Miguel Ángel Torres", " ", List.of());
    }

    private static void refused(NewTrainingEvent event, String field, String key) {
        assertThatThrownBy(() -> EventRules.check(event)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aWorkshopIsCleanedAndItsAudiencesKeptOnceInOrder() {
        EventFields fields = EventRules.check(event(EventFormat.WORKSHOP, "Querétaro", null, "6",
                List.of(Audience.STAFF, Audience.CHIEF_EXECUTIVES, Audience.STAFF)));
        assertThat(fields.topic()).isEqualTo("Taller de directivas");
        assertThat(fields.audiences()).containsExactly(Audience.STAFF, Audience.CHIEF_EXECUTIVES);
        assertThat(fields.durationHours()).isEqualByComparingTo("6.0");
        assertThat(fields.description()).isNull();
    }

    @Test
    void aWebinarNeedsAnHttpsLinkAndAWorkshopAPlace() {
        refused(event(EventFormat.WEBINAR, "Sala virtual", null, "2", List.of(Audience.STAFF)), "link",
                "training.link.required");
        refused(event(EventFormat.WEBINAR, null, "http://reunion.example/abc", "2", List.of(Audience.STAFF)), "link",
                "training.link.invalid");
        refused(event(EventFormat.WORKSHOP, " ", null, "2", List.of(Audience.STAFF)), "place",
                "training.place.required");
        assertThat(EventRules.check(event(EventFormat.WEBINAR, null, "https://reunion.example/abc", "1.5",
                List.of(Audience.ASSESSORS))).link()).isEqualTo("https://reunion.example/abc");
    }

    @Test
    void theDurationIsMoreThanZeroAtMostTwoHundredHoursInTenths() {
        for (String hours : new String[] {"0", "-1", "200.5", "1.25"}) {
            refused(event(EventFormat.WORKSHOP, "Mérida", null, hours, List.of(Audience.STAFF)), "durationHours",
                    "training.duration.invalid");
        }
        refused(event(EventFormat.WORKSHOP, "Mérida", null, null, List.of(Audience.STAFF)), "durationHours",
                "training.duration.invalid");
        assertThat(EventRules.check(event(EventFormat.WORKSHOP, "Mérida", null, "200", List.of(Audience.STAFF)))
                .durationHours()).isEqualByComparingTo("200");
    }

    @Test
    void anEventWithoutAudienceOrTrainersIsRefused() {
        refused(event(EventFormat.WORKSHOP, "Mérida", null, "3", List.of()), "audiences",
                "training.audiences.required");
        refused(new NewTrainingEvent(null, "Taller", EventFormat.WORKSHOP, List.of(Audience.STAFF),
                LocalDate.of(2026, 5, 4), BigDecimal.ONE, "Mérida", null, " ", null, null), "trainers",
                "training.trainers.required");
        refused(new NewTrainingEvent(null, "ab", EventFormat.WORKSHOP, List.of(Audience.STAFF),
                LocalDate.of(2026, 5, 4), BigDecimal.ONE, "Mérida", null, "Ana", null, null), "topic",
                "training.topic.required");
    }
}
