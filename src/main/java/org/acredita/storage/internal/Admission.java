package org.acredita.storage.internal;

/**
 * What a store asks before an upload enters it. {@link #head} is shown the type sniffed from the first bytes
 * (at most {@link #HEAD_BYTES}) before the rest is read, so a refused type costs its first bytes and not a whole
 * upload; {@link #accept} is shown the whole content (hash, size, type sniffed from all of it) before it is kept.
 * An exception from either refuses the upload and reaches the caller; nothing is kept.
 */
@FunctionalInterface
public interface Admission {

    /** As many bytes as the type's magic needs: Tika's {@code MimeTypes} reads no further. */
    int HEAD_BYTES = 64 * 1024;

    /** Admits any content. */
    Admission ANY = received -> { };

    void accept(StoredContent received);

    /**
     * The type sniffed from the upload's first bytes. A container (ZIP, OLE2) only shows its exact kind once
     * whole, and a type the head cannot tell is {@code application/octet-stream}: refuse here only a type
     * no later byte can make acceptable.
     */
    default void head(String contentType) {
    }
}
