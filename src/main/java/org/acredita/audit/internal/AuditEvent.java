package org.acredita.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/**
 * One row of the audit trail as stored, hash included. {@link #id} is null before the row is inserted;
 * it is not part of the hash (the database assigns it), the order of the chain is carried by
 * {@link #prevHash}.
 */
public record AuditEvent(Long id, Instant occurredAt, UUID actorId, String actorName, UUID organisationId,
        UUID agencyId, String action, String targetType, String targetId, String summary, String prevHash,
        String hash) {

    public static final RowMapper<AuditEvent> ROWS = (rows, rowNum) -> new AuditEvent(rows.getLong("id"),
            rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            rows.getObject("actor_id", UUID.class), rows.getString("actor_name"),
            rows.getObject("organisation_id", UUID.class), rows.getObject("agency_id", UUID.class),
            rows.getString("action"), rows.getString("target_type"), rows.getString("target_id"),
            rows.getString("summary"), rows.getString("prev_hash"), rows.getString("hash"));

    /** A new event continuing the chain after {@code prevHash}, sealed with its hash. */
    public static AuditEvent seal(Instant occurredAt, UUID actorId, String actorName, UUID organisationId,
            UUID agencyId, String action, String targetType, String targetId, String summary, String prevHash) {
        AuditEvent unsealed = new AuditEvent(null, occurredAt, actorId, actorName, organisationId, agencyId,
                action, targetType, targetId, summary, prevHash, null);
        return unsealed.withHash(ChainHash.of(unsealed));
    }

    public AuditEvent withHash(String newHash) {
        return new AuditEvent(id, occurredAt, actorId, actorName, organisationId, agencyId, action, targetType,
                targetId, summary, prevHash, newHash);
    }

    /** Whether the stored hash still matches the stored fields. */
    public boolean isIntact() {
        return ChainHash.of(this).equals(hash);
    }
}
