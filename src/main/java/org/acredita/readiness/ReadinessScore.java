package org.acredita.readiness;

import java.time.LocalDate;
import java.util.UUID;

/** An agency's score (0–100 %) in its latest completed readiness assessment. */
public record ReadinessScore(UUID agencyId, UUID assessmentId, LocalDate assessedOn, double percent) {
}
