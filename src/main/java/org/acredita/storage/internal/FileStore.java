package org.acredita.storage.internal;

import java.io.InputStream;

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
     * @param content  the bytes to store, read to the end
     * @param maxBytes the largest accepted size; more bytes abort the upload
     * @return the hash, size and content type sniffed from the bytes
     * @throws FileTooLargeException as soon as more than {@code maxBytes} bytes arrive; nothing is kept
     */
    StoredContent store(InputStream content, long maxBytes);

    /**
     * Opens a stored file for streaming; the caller must close the stream.
     *
     * @throws StoredContentNotFoundException if no file has this hash
     */
    InputStream open(String sha256);

    boolean exists(String sha256);

    /** Human-readable location for the start-up log, e.g. {@code local filesystem /srv/acredita/files}. */
    String describe();
}
