package org.acredita.portability.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.acredita.storage.ReceivedFile;

/**
 * The archive's files as an import received them into the file store, and the words of its proofs' files,
 * both before the import's transaction begins. The words wait in a temporary folder rather than in memory (an
 * archive may hold thousands of documents, each up to the index's 200,000 characters) until their proof is
 * indexed; closing removes the folder.
 */
final class ReceivedContents implements Closeable {

    private final Map<String, ReceivedFile> files = new HashMap<>();
    /** Content hash to the file holding its words; a hash present with null had no words to extract. */
    private final Map<String, Path> texts = new HashMap<>();
    private final Path folder;

    ReceivedContents() {
        try {
            folder = Files.createTempDirectory("acredita-import-texts-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file received for this entry under this name, if it was received already. */
    ReceivedFile file(Manifest.Document document) {
        return files.get(key(document));
    }

    void keep(Manifest.Document document, ReceivedFile received) {
        files.put(key(document), received);
    }

    boolean hasText(String sha256) {
        return texts.containsKey(sha256);
    }

    /** Keeps the words of a content; null when its type or size is found by title only. */
    void keepText(String sha256, String text) {
        Path file = null;
        if (text != null) {
            file = folder.resolve(sha256 + ".txt");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        texts.put(sha256, file);
    }

    String text(String sha256) {
        Path file = texts.get(sha256);
        try {
            return file == null ? null : Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (Path file : texts.values()) {
            if (file != null) {
                file.toFile().delete();
            }
        }
        folder.toFile().delete();
    }

    /** The same entry may be given under several names; each name is its own received file. */
    private static String key(Manifest.Document document) {
        return document.path() + "\n" + document.originalName();
    }
}
