package org.acredita.storage;

/** The upload went past the size limit; the store kept nothing of it. */
public class FileTooLargeException extends RuntimeException {

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("File exceeds the maximum size of " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    /** The limit that was exceeded, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }
}
