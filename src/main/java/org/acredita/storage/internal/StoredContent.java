package org.acredita.storage.internal;

import java.util.Objects;

/**
 * What the store knows about a file once its bytes have been written.
 *
 * @param sha256      64 lowercase hex digits; the file's identity in the store
 * @param size        size in bytes
 * @param contentType media type sniffed from the bytes (never taken from the client), e.g. {@code application/pdf}
 */
public record StoredContent(String sha256, long size, String contentType) {

    public StoredContent {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
    }
}
