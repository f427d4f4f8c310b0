package org.acredita.storage.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.acredita.storage.internal.Admission;
import org.acredita.storage.internal.FileStore;
import org.acredita.storage.internal.KeptContent;
import org.acredita.storage.internal.StoredContent;
import org.acredita.storage.internal.StoredContentNotFoundException;
import org.acredita.storage.support.ContentSpooler;
import org.acredita.storage.support.Sha256Hex;
import org.acredita.storage.support.SpooledFile;

/**
 * Keeps files under a root directory as {@code ab/cd/<sha256>}; the two shard levels keep any single
 * directory small. A file appears under its final name only once it is complete and on disk: it is
 * written and fsynced under {@code <root>/tmp} (same filesystem, so the rename is atomic) and then
 * renamed into place.
 */
public final class LocalFileStore implements FileStore {

    private final Path root;
    private final ContentSpooler spooler;

    public LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.spooler = new ContentSpooler(this.root.resolve("tmp"), true);
    }

    @Override
    public StoredContent store(InputStream content, long maxBytes, Admission admission) {
        try (SpooledFile upload = spooler.spool(content, maxBytes, admission)) {
            admission.accept(upload.content());
            Path target = pathOf(upload.content().sha256());
            if (!renew(target)) {
                moveIntoPlace(upload.path(), target);
            }
            return upload.content();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store file in " + root, e);
        }
    }

    @Override
    public InputStream open(String sha256) {
        Path file = pathOf(Sha256Hex.requireValid(sha256));
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new StoredContentNotFoundException(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open stored file " + file, e);
        }
    }

    @Override
    public boolean exists(String sha256) {
        return Files.isRegularFile(pathOf(Sha256Hex.requireValid(sha256)));
    }

    @Override
    public void forEachContent(Consumer<KeptContent> action) {
        try (Stream<Path> files = Files.walk(root, 3)) {
            files.filter(file -> file.getNameCount() == root.getNameCount() + 3)
                    .filter(file -> Sha256Hex.isValid(file.getFileName().toString()))
                    .forEach(file -> lastModified(file).ifPresent(time ->
                            action.accept(new KeptContent(file.getFileName().toString(), time))));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the files in " + root, e);
        }
    }

    @Override
    public void delete(String sha256) {
        Path file = pathOf(Sha256Hex.requireValid(sha256));
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete stored file " + file, e);
        }
    }

    @Override
    public int deleteTemporaryFilesOlderThan(Instant cutoff) {
        return spooler.deleteOlderThan(cutoff);
    }

    @Override
    public String describe() {
        return "local filesystem " + root;
    }

    public Path root() {
        return root;
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Marks content already kept as just stored; false when it is not there (or vanished meanwhile). */
    private static boolean renew(Path target) throws IOException {
        try {
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            return true;
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    private static Optional<Instant> lastModified(Path file) {
        try {
            return Optional.of(Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return Optional.empty(); // deleted meanwhile
        }
    }

    private void moveIntoPlace(Path temp, Path target) throws IOException {
        Path directory = target.getParent();
        createDirectoriesDurably(directory);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            return; // a concurrent upload of the same bytes won; its file is identical
        }
        fsyncDirectory(directory);
    }

    // A new directory entry is only durable once its parent directory is fsynced too.
    private static void createDirectoriesDurably(Path directory) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path dir = directory; !Files.isDirectory(dir); dir = dir.getParent()) {
            missing.push(dir);
        }
        Files.createDirectories(directory);
        for (Path created : missing) {
            fsyncDirectory(created.getParent());
        }
    }

    private static void fsyncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open or sync a directory; the rename itself is still atomic.
        }
    }
}
