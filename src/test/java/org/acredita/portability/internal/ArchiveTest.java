package org.acredita.portability.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.acredita.access.LocatedProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's guards, without a database: zip bombs, too many entries, foreign paths, broken files. */
class ArchiveTest {

    private static final String EMPTY_MANIFEST = "{\"format\":\"" + Manifest.FORMAT + "\",\"standards\":[]}";
    private static final String ZEROS_SHA256 = "0".repeat(64);

    @TempDir
    Path dir;

    private interface Entries {
        void write(ZipOutputStream zip) throws IOException;
    }

    private Path zip(Entries entries) throws IOException {
        Path path = Files.createTempFile(dir, "archive", ".zip");
        try (OutputStream out = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(out)) {
            entries.write(zip);
        }
        return path;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    private static List<String> keys(List<LocatedProblem> problems) {
        return problems.stream().map(LocatedProblem::messageKey).toList();
    }

    @Test
    void inflatedBytesBeyondTheLimitStopTheReadingWhateverTheEntriesDeclare() throws IOException {
        Path bomb = zip(zip -> {
            entry(zip, Archive.MANIFEST, EMPTY_MANIFEST.getBytes(StandardCharsets.UTF_8));
            entry(zip, "files/" + ZEROS_SHA256, new byte[5_000_000]);
        });
        assertThat(Files.size(bomb)).isLessThan(100_000);
        List<LocatedProblem> problems = new ArrayList<>();
        try (Archive archive = Archive.read(bomb, 1_000_000, problems)) {
            assertThat(keys(problems)).containsExactly("portability.import.tooLarge");
            assertThat(problems.get(0).location()).isEqualTo("files/" + ZEROS_SHA256);
        }
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnyIsRead() throws IOException {
        Path many = zip(zip -> {
            for (int i = 0; i <= Archive.MAX_ENTRIES; i++) {
                entry(zip, "e" + i, new byte[0]);
            }
        });
        List<LocatedProblem> problems = new ArrayList<>();
        try (Archive archive = Archive.read(many, Long.MAX_VALUE, problems)) {
            assertThat(keys(problems)).containsExactly("portability.import.tooManyEntries");
            assertThat(archive.manifest()).isNull();
        }
    }

    @Test
    void onlyTheManifestAndContentsByTheirHashAreAccepted() throws IOException {
        Path foreign = zip(zip -> {
            entry(zip, Archive.MANIFEST, EMPTY_MANIFEST.getBytes(StandardCharsets.UTF_8));
            entry(zip, "../../etc/passwd", new byte[1]);
            entry(zip, "/absolute", new byte[1]);
            entry(zip, "files/../manifest.json", new byte[1]);
            entry(zip, "files/ABC", new byte[1]);
        });
        List<LocatedProblem> problems = new ArrayList<>();
        try (Archive archive = Archive.read(foreign, Long.MAX_VALUE, problems)) {
            assertThat(problems).extracting(LocatedProblem::location)
                    .containsExactly("../../etc/passwd", "/absolute", "files/../manifest.json", "files/ABC");
            assertThat(archive.manifest()).isNull();
        }
    }

    @Test
    void aNullManifestAnUnknownFieldAndAnOversizedTextAreRefusedAtTheirPlace() throws IOException {
        assertThat(manifestProblems("null")).containsExactly(
                LocatedProblem.at(Archive.MANIFEST, "portability.import.manifestEmpty"));
        assertThat(manifestProblems("{\"format\":\"" + Manifest.FORMAT + "\",\"standards\":[],\"extra\":\"x\"}"))
                .containsExactly(LocatedProblem.at("manifest.json#/extra", "portability.import.manifestUnknownField", "extra"));
        assertThat(manifestProblems("{\"format\":\"" + Manifest.FORMAT + "\",\"standards\":[{\"number\":\"1.1\",\"x\":1}]}"))
                .containsExactly(LocatedProblem.at("manifest.json#/standards/0/x", "portability.import.manifestUnknownField", "x"));
        assertThat(manifestProblems("{\"format\":\"" + Manifest.FORMAT + "\",\"standards\":[{\"number\":\"1.1\","
                + "\"notes\":\"" + "x".repeat(ManifestCodec.MAX_TEXT + 1) + "\"}]}"))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.location()).isEqualTo("manifest.json#/standards/0/notes");
                    assertThat(problem.messageKey()).isEqualTo("portability.import.manifestTooLong");
                });
    }

    private List<LocatedProblem> manifestProblems(String manifest) throws IOException {
        Path archive = zip(zip -> entry(zip, Archive.MANIFEST, manifest.getBytes(StandardCharsets.UTF_8)));
        List<LocatedProblem> problems = new ArrayList<>();
        try (Archive read = Archive.read(archive, Long.MAX_VALUE, problems)) {
            return problems;
        }
    }

    @Test
    void aFileThatIsNotAZipOrAManifestThatIsNotJsonIsSaidSo() throws IOException {
        Path text = Files.writeString(dir.resolve("text.zip"), "hola");
        List<LocatedProblem> problems = new ArrayList<>();
        assertThat(Archive.read(text, Long.MAX_VALUE, problems)).isNull();
        assertThat(keys(problems)).containsExactly("portability.import.notZip");

        Path broken = zip(zip -> entry(zip, Archive.MANIFEST, "{\"format\":".getBytes(StandardCharsets.UTF_8)));
        problems.clear();
        try (Archive archive = Archive.read(broken, Long.MAX_VALUE, problems)) {
            assertThat(keys(problems)).containsExactly("portability.import.manifestUnreadable");
        }
    }
}
