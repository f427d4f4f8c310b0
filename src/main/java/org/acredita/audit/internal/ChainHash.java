package org.acredita.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

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
        var text = new StringBuilder(256);
        field(text, FORMAT);
        field(text, event.prevHash());
        field(text, Long.toString(epochMicros(event.occurredAt())));
        field(text, event.actorId());
        field(text, event.actorName());
        field(text, event.organisationId());
        field(text, event.agencyId());
        field(text, event.action());
        field(text, event.targetType());
        field(text, event.targetId());
        field(text, event.summary());
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static void field(StringBuilder text, UUID value) {
        field(text, value == null ? null : value.toString());
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('N');
        } else {
            text.append('S').append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
