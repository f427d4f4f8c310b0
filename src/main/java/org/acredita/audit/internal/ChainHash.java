package org.acredita.audit.internal;

import java.time.Instant;
import org.acredita.audit.Seal;

/**
 * The hash that seals an audit event: SHA-256, lower-case hex, over a canonical serialisation of the
 * previous event's hash and every stored field except the id and the hash itself.
 *
 * <p>Serialisation (format {@value #FORMAT}): the format name, then prev_hash, occurred_at, actor_id,
 * actor_name, organisation_id, agency_id, action, target_type, target_id, summary in that order, each
 * written as {@code N} when null or {@code S<byte length>:<UTF-8 bytes>} otherwise. Length prefixes make
 * it unambiguous (no value can run into the next); occurred_at is the decimal count of microseconds
 * since the epoch, the precision PostgreSQL stores, so a value read back hashes as it was written;
 * UUIDs are in their canonical lower-case form. Changing any of this invalidates every stored chain.
 */
public final class ChainHash {

    public static final String FORMAT = "acredita-audit-v1";

    private ChainHash() {
    }

    public static String of(AuditEvent event) {
        return Seal.of(FORMAT).add(event.prevHash()).add(epochMicros(event.occurredAt())).add(event.actorId())
                .add(event.actorName()).add(event.organisationId()).add(event.agencyId()).add(event.action())
                .add(event.targetType()).add(event.targetId()).add(event.summary()).sha256();
    }

    static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }
}
