package org.acredita.storage.local;

import static org.acredita.storage.support.TestContent.PDF;
import static org.acredita.storage.support.TestContent.PNG;
import static org.acredita.storage.support.TestContent.TEXT;
import static org.acredita.storage.support.TestContent.randomBytes;
import static org.acredita.storage.support.TestContent.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.acredita.storage.FileTooLargeException;
import org.acredita.storage.internal.Admission;
import org.acredita.storage.internal.StoredContent;
import org.acredita.storage.internal.StoredContentNotFoundException;
import org.acredita.storage.support.TestContent.BrokenStream;
import org.acredita.storage.support.TestContent.EndlessStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalFileStoreTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path root;

    private LocalFileStore store;

    @BeforeEach
    void createStore() {
        store = new LocalFileStore(root);
    }

    @Test
    void roundTripsMultiMegabyteStream() throws IOException {
        byte[] bytes = randomBytes(5 * (int) MB + 17, 42);

        StoredContent stored = store.store(new ByteArrayInputStream(bytes), 10 * MB);

        String sha = sha256(bytes);
        assertThat(stored.sha256()).isEqualTo(sha);
        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.contentType()).isEqualTo("application/octet-stream");
        assertThat(store.exists(sha)).isTrue();
        assertThat(root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha)).isRegularFile();
        try (InputStream in = store.open(sha)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void storesSameContentOnceAndRenewsItsTime() throws IOException {
        StoredContent first = store.store(new ByteArrayInputStream(PDF), MB);
        Path file = storedFiles().get(0);
        // Mark and back-date the file: the second upload must not rewrite it, only say it was stored now.
        Files.writeString(file, "marker");
        Instant backdated = Instant.now().minus(Duration.ofDays(1));
        Files.setLastModifiedTime(file, FileTime.from(backdated));

        StoredContent second = store.store(new ByteArrayInputStream(PDF), MB);

        assertThat(second).isEqualTo(first);
        assertThat(storedFiles()).containsExactly(file);
        assertThat(Files.readString(file)).isEqualTo("marker");
        assertThat(Files.getLastModifiedTime(file).toInstant()).isAfter(backdated.plus(Duration.ofHours(23)));
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void refusesContentItsCallerDoesNotAdmitAndKeepsNothing() throws IOException {
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(PDF), MB, content -> {
            throw new IllegalStateException("not admitted: " + content.contentType());
        })).hasMessage("not admitted: application/pdf");

        assertThat(storedFiles()).isEmpty();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void refusesATypeFromItsFirstBytesWithoutReadingTheRestOrMakingATempFile() throws IOException {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        EndlessStream rest = new EndlessStream();
        List<String> heads = new java.util.ArrayList<>();
        Admission refuseProgram = new Admission() {
            @Override
            public void head(String contentType) {
                heads.add(contentType);
                throw new IllegalStateException("not admitted: " + contentType);
            }

            @Override
            public void accept(StoredContent received) {
            }
        };

        assertThatThrownBy(() -> store.store(new java.io.SequenceInputStream(new ByteArrayInputStream(program), rest),
                MB * 1024, refuseProgram)).hasMessageStartingWith("not admitted: application/x-");

        assertThat(heads).hasSize(1);
        assertThat(rest.bytesRead()).isLessThanOrEqualTo(Admission.HEAD_BYTES);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void hashesABodyArrivingInSmallReadsAsItsSha256() throws IOException {
        byte[] bytes = randomBytes(3 * (int) MB + 5, 7);
        InputStream trickle = new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                return super.read(buffer, offset, Math.min(length, 1000));
            }
        };

        StoredContent stored = store.store(trickle, 10 * MB);

        assertThat(stored.sha256()).isEqualTo(sha256(bytes));
        assertThat(stored.size()).isEqualTo(bytes.length);
        try (InputStream in = store.open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void listsStoredContentWithItsTimeAndDeletesIt() throws IOException {
        StoredContent pdf = store.store(new ByteArrayInputStream(PDF), MB);
        StoredContent text = store.store(new ByteArrayInputStream(TEXT), MB);
        Files.writeString(root.resolve("tmp").resolve("upload-arriving.tmp"), "llegando");
        java.util.Map<String, Instant> listed = new java.util.HashMap<>();

        store.forEachContent(content -> listed.put(content.sha256(), content.storedAt()));

        assertThat(listed).containsOnlyKeys(pdf.sha256(), text.sha256());
        store.delete(pdf.sha256());
        assertThat(store.exists(pdf.sha256())).isFalse();
        assertThat(store.exists(text.sha256())).isTrue();
    }

    @Test
    void acceptsUploadOfExactlyTheLimit() {
        StoredContent stored = store.store(new ByteArrayInputStream(randomBytes(1000, 1)), 1000);

        assertThat(stored.size()).isEqualTo(1000);
    }

    @Test
    void rejectsUploadOverTheLimitAndKeepsNothing() throws IOException {
        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(randomBytes(1001, 1)), 1000))
                .isInstanceOfSatisfying(FileTooLargeException.class, e -> assertThat(e.maxBytes()).isEqualTo(1000));

        assertThat(storedFiles()).isEmpty();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void stopsReadingSoonAfterTheLimit() throws IOException {
        EndlessStream endless = new EndlessStream();

        assertThatThrownBy(() -> store.store(endless, MB)).isInstanceOf(FileTooLargeException.class);

        assertThat(endless.bytesRead()).isLessThan(2 * MB);
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void deletesTempFileWhenTheUploadBreaks() throws IOException {
        assertThatThrownBy(() -> store.store(new BrokenStream(10_000), MB)).isInstanceOf(UncheckedIOException.class);

        assertThat(storedFiles()).isEmpty();
        assertThat(tempFiles()).isEmpty();
    }

    @Test
    void sniffsContentTypeFromBytesIgnoringMisleadingNames(@TempDir Path uploads) throws IOException {
        Path pdfNamedAsText = Files.write(uploads.resolve("acta.txt"), PDF);
        Path pngNamedAsPdf = Files.write(uploads.resolve("informe.pdf"), PNG);
        Path textNamedAsPng = Files.write(uploads.resolve("foto.png"), TEXT);

        assertThat(storeFile(pdfNamedAsText).contentType()).isEqualTo("application/pdf");
        assertThat(storeFile(pngNamedAsPdf).contentType()).isEqualTo("image/png");
        assertThat(storeFile(textNamedAsPng).contentType()).isEqualTo("text/plain");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "../../../../etc/passwd",
            "ab/../../../../../../../../../../../../../../../../../../../../../../../../../../../../etc",
            "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n",
            ""})
    void rejectsMalformedHashes(String hash) {
        assertThatThrownBy(() -> store.open(hash)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.exists(hash)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsUnknownHashAsNotFound() {
        String unknown = sha256(TEXT);

        assertThat(store.exists(unknown)).isFalse();
        assertThatThrownBy(() -> store.open(unknown))
                .isInstanceOfSatisfying(StoredContentNotFoundException.class,
                        e -> assertThat(e.sha256()).isEqualTo(unknown));
    }

    @Test
    void deletesStaleTempFilesAtStartUp() throws IOException {
        Path stale = Files.writeString(root.resolve("tmp/upload-crashed.tmp"), "half an upload");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.writeString(root.resolve("tmp/upload-in-progress.tmp"), "other node uploading");

        new LocalFileStore(root);

        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void describesItsAbsoluteLocation() {
        assertThat(store.describe()).isEqualTo("local filesystem " + root.toAbsolutePath());
    }

    private StoredContent storeFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return store.store(in, MB);
        }
    }

    private List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.startsWith(root.resolve("tmp"))).toList();
        }
    }

    private List<Path> tempFiles() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("tmp"))) {
            return files.toList();
        }
    }
}
