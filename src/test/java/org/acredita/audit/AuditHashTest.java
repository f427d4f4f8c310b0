package org.acredita.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.acredita.audit.internal.AuditEvent;
import org.junit.jupiter.api.Test;

/** The canonical serialisation behind every stored hash. */
class AuditHashTest {

    private static final Instant AT = Instant.parse("2025-03-01T12:34:56.123456Z");
    private static final UUID ACTOR = UUID.fromString("0a8f9a5e-3c1d-4f5e-9b7a-1c2d3e4f5a6b");
    private static final UUID AGENCY = UUID.fromString("7d3c2b1a-0f9e-4d8c-b7a6-5e4d3c2b1a09");

    @Test
    void formatIsStable() {
        // Pinned: stored chains depend on it. Computed independently as SHA-256 over the UTF-8 bytes of
        // S17:acredita-audit-v1 N S16:1740832496123456 S36:0a8f…5a6b S7:ana.loz N S36:7d3c…1a09
        // S12:USER_CREATED S4:USER S2:42 S14:Alta de Pérez (spaces added here for reading).
        assertThat(hash("ana.loz", "Alta de Pérez", null)).isEqualTo(
                "f9066ed62d5a5e72bb5f902b881de33982ad2bcf4c50908d4d99b7d5f4881641");
    }

    @Test
    void fieldBoundariesAreUnambiguous() {
        assertThat(hash("ana", "lozAlta", null)).isNotEqualTo(hash("analoz", "Alta", null));
    }

    @Test
    void absentDiffersFromEmpty() {
        AuditEvent absent = AuditEvent.seal(AT, null, "ana", null, null, "USER_CREATED", null, null, "x", null);
        AuditEvent empty = AuditEvent.seal(AT, null, "ana", null, null, "USER_CREATED", "", "", "x", null);

        assertThat(absent.hash()).isNotEqualTo(empty.hash());
    }

    @Test
    void everyFieldIsSealed() {
        AuditEvent event = AuditEvent.seal(AT, ACTOR, "ana", ACTOR, AGENCY, "USER_CREATED", "USER", "42", "Alta",
                "f".repeat(64));

        assertThat(event.isIntact()).isTrue();
        assertThat(new AuditEvent(1L, AT.plusNanos(1000), ACTOR, "ana", ACTOR, AGENCY, "USER_CREATED", "USER", "42",
                "Alta", "f".repeat(64), event.hash()).isIntact()).isFalse();
        assertThat(new AuditEvent(1L, AT, ACTOR, "ana", null, AGENCY, "USER_CREATED", "USER", "42", "Alta",
                "f".repeat(64), event.hash()).isIntact()).isFalse();
        assertThat(new AuditEvent(1L, AT, ACTOR, "ana", ACTOR, AGENCY, "USER_CREATED", "USER", "43", "Alta",
                "f".repeat(64), event.hash()).isIntact()).isFalse();
        assertThat(new AuditEvent(1L, AT, ACTOR, "ana", ACTOR, AGENCY, "USER_CREATED", "USER", "42", "Alta",
                "e".repeat(64), event.hash()).isIntact()).isFalse();
    }

    @Test
    void precisionBeyondMicrosecondsIsNotSealed() {
        // PostgreSQL keeps microseconds; a value read back must hash as it was written.
        AuditEvent written = AuditEvent.seal(AT.plusNanos(789), null, "ana", null, null, "USER_CREATED", null, null,
                "x", null);
        AuditEvent readBack = AuditEvent.seal(AT, null, "ana", null, null, "USER_CREATED", null, null, "x", null);

        assertThat(written.hash()).isEqualTo(readBack.hash());
    }

    private static String hash(String actorName, String summary, String prevHash) {
        return AuditEvent.seal(AT, ACTOR, actorName, null, AGENCY, "USER_CREATED", "USER", "42", summary, prevHash)
                .hash();
    }
}
