package org.acredita.audit.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One audit event as people read it.
 *
 * @param actorId null for the system itself or for nobody signed in; {@code actorName} is then
 *     {@code system} or {@value AuditTrail#ANONYMOUS}
 * @param organisationId the actor's organisation
 * @param agencyId the agency the change belongs to; null for programme-wide changes
 */
public record AuditEntry(long id, Instant occurredAt, UUID actorId, String actorName, UUID organisationId,
        UUID agencyId, String action, String targetType, String targetId, String summary) {
}
