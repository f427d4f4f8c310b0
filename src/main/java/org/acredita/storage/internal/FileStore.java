package org.acredita.storage.internal;

import org.acredita.storage.internal.KeptContent;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Content-addressed file storage: a file is identified by the SHA-256 of its bytes, so identical
 * uploads are kept once and a stored file never changes. Implementations are swappable through
 * {@code acredita.storage.type}.
 *
 * <p>All methods are thread-safe. I/O failures surface as {@link java.io.UncheckedIOException}
 * (or the SDK's runtime exceptions for remote stores). A malformed hash is rejected with
 * {@link IllegalArgumentException} before any I/O, so it can never address a path outside the store.
 */
public interface FileStore {

    /**
     * Streams {@code content} into the store. The caller keeps ownership of the stream and closes it.
     *
     * @param content   the bytes to store, read to the end
     * @param maxBytes  the largest accepted size; more bytes abort the upload
     * @param admission shown the type of the first bytes before the rest is read, then what arrived (hash, size,
     *                  sniffed type) before it enters the store; an exception it throws refuses the upload and
     *                  reaches the caller, and nothing is kept
     * @return the hash, size and content type sniffed from the bytes
     * @throws FileTooLargeException as soon as more than {@code maxBytes} bytes arrive; nothing is kept
     */
    StoredContent store(InputStream content, long maxBytes, Admission admission);

    /** Like {@link #store(InputStream, long, Admission)}, admitting any content. */
    default StoredContent store(InputStream content, long maxBytes) {
        return store(content, maxBytes, Admission.ANY);
    }

    /**
     * Opens a stored file for streaming; the caller must close the stream.
     *
     * @throws StoredContentNotFoundException if no file has this hash
     */
    InputStream open(String sha256);

    boolean exists(String sha256);

    /**
     * Shows every stored content with the last time it was stored. Storing content that is already there
     * renews that time, so content received moments ago is never mistaken for a leftover.
     */
    void forEachContent(Consumer<KeptContent> action);

    /** Removes a content; nothing happens if it is not there. Only for content no stored file refers to. */
    void delete(String sha256);

    /** Removes temporary files of uploads in transit last written before {@code cutoff}; returns how many. */
    int deleteTemporaryFilesOlderThan(Instant cutoff);

    /** Human-readable location for the start-up log, e.g. {@code local filesystem /srv/acredita/files}. */
    String describe();
}
