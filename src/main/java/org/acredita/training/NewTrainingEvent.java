package org.acredita.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What programme staff give to create or change an event; the agencies invited replace those the caller may change. */
public record NewTrainingEvent(UUID programmeId, String topic, EventFormat format, List<Audience> audiences,
        LocalDate heldOn, BigDecimal durationHours, String place, String link, String trainers, String description,
        List<UUID> invitedAgencyIds) {
}
