package org.acredita.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.acredita.assessments.internal.Sample;
import org.acredita.assessments.internal.SnapshotHash;
import org.acredita.standards.Text;
import org.junit.jupiter.api.Test;

class SampleAndHashTest {

    private static final List<String> NUMBERS = IntStream.rangeClosed(1, 200).mapToObj(n -> "1." + n).toList();
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void theSameSeedDrawsTheSameShareInTheFilesOrder() {
        List<String> first = Sample.draw(NUMBERS, 25, 42L);
        assertThat(first).hasSize(50).isEqualTo(Sample.draw(NUMBERS, 25, 42L));
        assertThat(first).isSortedAccordingTo((a, b) -> NUMBERS.indexOf(a) - NUMBERS.indexOf(b));
        assertThat(Sample.draw(NUMBERS, 25, 43L)).isNotEqualTo(first);
        assertThat(Sample.draw(NUMBERS, 1, 7L)).hasSize(2);
        assertThat(Sample.draw(NUMBERS, 100, 7L)).isEqualTo(NUMBERS);
    }

    @Test
    void theHashChangesWithAnyFieldOfTheSnapshot() {
        String hash = SnapshotHash.of(ID, ID, ID, List.of(standard("IN_COMPLIANCE", "texto", "ab")));
        assertThat(hash).matches("[0-9a-f]{64}")
                .isEqualTo(SnapshotHash.of(ID, ID, ID, List.of(standard("IN_COMPLIANCE", "texto", "ab"))));
        assertThat(SnapshotHash.of(ID, ID, ID, List.of(standard("IN_PROGRESS", "texto", "ab")))).isNotEqualTo(hash);
        assertThat(SnapshotHash.of(ID, ID, ID, List.of(standard("IN_COMPLIANCE", "texto.", "ab")))).isNotEqualTo(hash);
        assertThat(SnapshotHash.of(ID, ID, ID, List.of(standard("IN_COMPLIANCE", "texto", "ac")))).isNotEqualTo(hash);
        assertThat(SnapshotHash.of(ID, ID, ID, List.of(standard("IN_COMPLIANCE", null, "ab")))).isNotEqualTo(
                SnapshotHash.of(ID, ID, ID, List.of(standard("IN_COMPLIANCE", "", "ab"))));
        assertThat(SnapshotHash.of(ID, ID, ID, List.of())).isNotEqualTo(hash);
    }

    /** The serialisation docs/assessment-snapshot.md describes, written out by hand: stored hashes stay valid. */
    @Test
    void theHashIsTheDocumentedSerialisation() throws Exception {
        String id = ID.toString();
        String written = f("acredita-assessment-snapshot-v1") + f(id) + f(id) + f(id) + f("1")
                + f("1.1.1") + f("1") + f("Título") + f("Title") + f("MANDATORY") + f("IN_COMPLIANCE") + f("ALL")
                + f("1") + f("OG-1") + f("Uso de la fuerza") + f("v1") + f("3") + f("Principios") + f("texto") + f("a")
                + f("1") + f(id) + f("FILE") + f("Acta") + f(id) + f("ab") + f("application/pdf") + f("10") + "N"
                + f("2026-01-05") + f("1") + "N";
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(written.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(SnapshotHash.of(ID, ID, ID, List.of(standard("IN_COMPLIANCE", "texto", "ab")))).isEqualTo(expected);
    }

    private static String f(String value) {
        return "S" + value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + ":" + value;
    }

    private static SnapshotStandard standard(String status, String sectionText, String sha) {
        return new SnapshotStandard("1.1.1", 1, new Text("Título", "Title"), "MANDATORY", status, "ALL",
                List.of(new SnapshotStandard.Section("OG-1", "Uso de la fuerza", "v1", "3", "Principios", sectionText,
                        List.of("a"))),
                List.of(new SnapshotStandard.ProofRef(ID, "FILE", "Acta", ID, sha, "application/pdf", 10L, null,
                        LocalDate.of(2026, 1, 5), 1, null)));
    }
}
