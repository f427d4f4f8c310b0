package org.acredita.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The one canonical way the product seals a record with SHA-256 (the audit chain, an assessment's snapshot, a
 * certificate): the format name first, then each value written {@code N} when null or
 * {@code S<byte length>:<UTF-8 bytes>}, so no value can run into the next; numbers in decimal, UUIDs in their
 * lower-case form. Changing this changes every stored seal.
 */
public final class Seal {

    private final StringBuilder text = new StringBuilder(256);

    private Seal(String format) {
        add(format);
    }

    /** A seal of the given format (its name is the first value sealed). */
    public static Seal of(String format) {
        return new Seal(format);
    }

    public Seal add(String value) {
        if (value == null) {
            text.append('N');
        } else {
            text.append('S').append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
        return this;
    }

    public Seal add(UUID value) {
        return add(value == null ? null : value.toString());
    }

    public Seal add(long value) {
        return add(Long.toString(value));
    }

    /** Any other value by its {@code toString()} (dates in ISO-8601), or N for null. */
    public Seal add(Object value) {
        return add(value == null ? null : value.toString());
    }

    /** SHA-256 of everything added, in lower-case hex. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
