package org.acredita.distribution.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One person a distribution reached, as they were on the roster then, and their acknowledgement if given.
 *
 * @param channel {@code LINK} or {@code SIGNED_IN}; null while pending
 */
public record Recipient(UUID id, UUID distributionId, String employeeNumber, String name, String rank, String unit,
        String position, String email, Instant acknowledgedAt, String channel, Integer secondsSpent,
        String textSha256) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
