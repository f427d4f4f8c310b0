package org.acredita.storage.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.acredita.storage.FileTooLargeException;
import org.acredita.storage.internal.Admission;
import org.acredita.storage.internal.StoredContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies an upload into a temporary file while hashing and counting it, so a file is never held in
 * memory and its identity is known before it reaches the store. A local store keeps the temp file under its own
 * root and renames it into place, so the bytes are written once.
 */
public final class ContentSpooler {

    private static final Logger log = LoggerFactory.getLogger(ContentSpooler.class);
    private static final int BUFFER_SIZE = 512 * 1024;
    /** Older temp files cannot belong to an upload still in progress: they are leftovers of a crash. */
    private static final Duration STALE_AFTER = Duration.ofHours(1);

    private final Path directory;
    private final boolean durable;
    private final ContentTypeSniffer sniffer = new ContentTypeSniffer();

    /**
     * @param directory where temp files go; creates it and removes stale leftovers
     * @param durable   fsync each temp file, needed when it is renamed into its final place
     */
    public ContentSpooler(Path directory, boolean durable) {
        this.directory = directory;
        this.durable = durable;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create temporary upload directory " + directory, e);
        }
        deleteOlderThan(Instant.now().minus(STALE_AFTER));
    }

    public Path directory() {
        return directory;
    }

    /**
     * Reads {@code in} to the end into a new temp file, hashing the bytes as they pass: each byte is written once.
     * The first bytes are read before the temp file exists and their sniffed type shown to
     * {@link Admission#head}, so a refused type leaves nothing behind and is not read further. On any failure the
     * temp file is deleted.
     *
     * @throws FileTooLargeException as soon as more than {@code maxBytes} bytes have been read
     */
    public SpooledFile spool(InputStream in, long maxBytes, Admission admission) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        byte[] buffer = new byte[BUFFER_SIZE];
        Path temp = null;
        boolean complete = false;
        try {
            int head = fill(in, buffer, (int) Math.min(Admission.HEAD_BYTES, maxBytes + 1));
            if (head > maxBytes) {
                throw new FileTooLargeException(maxBytes);
            }
            admission.head(sniffer.detectHead(buffer, head));
            temp = createTempFile();
            MessageDigest digest = newSha256();
            long size = copy(buffer, head, in, temp, maxBytes, digest);
            String contentType = sniffer.detect(temp);
            complete = true;
            return new SpooledFile(temp, new StoredContent(HexFormat.of().formatHex(digest.digest()), size, contentType));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive upload", e);
        } finally {
            if (!complete && temp != null) {
                SpooledFile.deleteQuietly(temp);
            }
        }
    }

    /** Like {@link #spool(InputStream, long, Admission)}, admitting any first bytes. */
    public SpooledFile spool(InputStream in, long maxBytes) {
        return spool(in, maxBytes, Admission.ANY);
    }

    /**
     * Writes the {@code head} bytes already in {@code buffer}, then the rest of {@code in}, a full buffer at a
     * time: a socket gives a few kilobytes per read, and one write per read would multiply the system calls.
     */
    private long copy(byte[] buffer, int head, InputStream in, Path temp, long maxBytes, MessageDigest digest)
            throws IOException {
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            long size = 0;
            int filled = head;
            while (filled > 0) {
                size += filled;
                if (size > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, filled);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, filled);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
                filled = fill(in, buffer, (int) Math.min(buffer.length, maxBytes - size + 1));
            }
            if (durable) {
                out.force(true);
            }
            return size;
        }
    }

    /** Reads until {@code length} bytes are in {@code buffer} or the stream ends; returns how many. */
    private static int fill(InputStream in, byte[] buffer, int length) throws IOException {
        int filled = 0;
        while (filled < length) {
            int read = in.read(buffer, filled, length - filled);
            if (read < 0) {
                break;
            }
            filled += read;
        }
        return filled;
    }

    private Path createTempFile() {
        try {
            return Files.createTempFile(directory, "upload-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a temporary upload file in " + directory, e);
        }
    }

    /**
     * Removes temp files last written before {@code cutoff}: an upload in progress keeps writing its file, so an
     * old one is a leftover of a crash or a lost connection. Returns how many went.
     */
    public int deleteOlderThan(Instant cutoff) {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                if (isOlderThan(file, cutoff)) {
                    SpooledFile.deleteQuietly(file);
                    deleted++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean temporary upload directory {}", directory, e);
        }
        if (deleted > 0) {
            log.info("Deleted {} stale temporary upload file(s) in {}", deleted, directory);
        }
        return deleted;
    }

    private static boolean isOlderThan(Path file, Instant cutoff) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException e) {
            return false; // vanished meanwhile
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
