package org.acredita.storage.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.acredita.storage.internal.StoredContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A completely received upload in a temporary file. Closing deletes the file unless the store has
 * already moved it into place, so every exit path leaves nothing behind.
 */
public record SpooledFile(Path path, StoredContent content) implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SpooledFile.class);

    @Override
    public void close() {
        deleteQuietly(path);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Not fatal: the start-up sweep of the temp directory removes it later.
            log.warn("Could not delete temporary upload file {}", file, e);
        }
    }
}
