package org.acredita.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A training event of a funded programme. {@code invited} holds the invited agencies the reader may see;
 * {@code attendees} and {@code attendedHours} count only their people.
 */
public record TrainingEvent(UUID id, UUID programmeId, String topic, EventFormat format, List<Audience> audiences,
        LocalDate heldOn, BigDecimal durationHours, String place, String link, String trainers, String description,
        UUID createdBy, List<InvitedAgency> invited, long attendees, BigDecimal attendedHours) {

    public TrainingEvent {
        audiences = List.copyOf(audiences);
        invited = List.copyOf(invited);
    }

    /** An agency invited to the event, by name. */
    public record InvitedAgency(UUID id, String name) {
    }
}
