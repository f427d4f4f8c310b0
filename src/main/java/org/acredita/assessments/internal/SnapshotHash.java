package org.acredita.assessments.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.acredita.assessments.SnapshotStandard;

/**
 * The SHA-256 (lower-case hex) that seals an assessment's snapshot, over a canonical serialisation
 * (format {@value #FORMAT}, described in docs/assessment-snapshot.md): the format name, the assessment,
 * agency and file ids, the number of standards, then per standard in scope order its number, chapter,
 * Spanish and English title, level, status, reason, the number of sections and each section (directive
 * code, title, version, section number, heading, text, element letters joined by commas), the number of
 * proofs and each proof (id, kind, title, stored file id, SHA-256, content type, size, url, document date,
 * cycle year, period). Every value is written {@code N} when null or {@code S<byte length>:<UTF-8 bytes>},
 * numbers in decimal, dates ISO-8601, UUIDs lower case, so no value can run into the next.
 */
public final class SnapshotHash {

    public static final String FORMAT = "acredita-assessment-snapshot-v1";

    private SnapshotHash() {
    }

    public static String of(UUID assessmentId, UUID agencyId, UUID fileId, List<SnapshotStandard> standards) {
        StringBuilder text = new StringBuilder(4096);
        field(text, FORMAT);
        field(text, assessmentId);
        field(text, agencyId);
        field(text, fileId);
        field(text, standards.size());
        for (SnapshotStandard standard : standards) {
            field(text, standard.number());
            field(text, standard.chapter());
            field(text, standard.title() == null ? null : standard.title().es());
            field(text, standard.title() == null ? null : standard.title().en());
            field(text, standard.level());
            field(text, standard.status());
            field(text, standard.reason());
            field(text, standard.sections().size());
            for (SnapshotStandard.Section section : standard.sections()) {
                field(text, section.directiveCode());
                field(text, section.directiveTitle());
                field(text, section.versionLabel());
                field(text, section.sectionNumber());
                field(text, section.heading());
                field(text, section.text());
                field(text, String.join(",", section.elements()));
            }
            field(text, standard.proofs().size());
            for (SnapshotStandard.ProofRef proof : standard.proofs()) {
                field(text, proof.proofId());
                field(text, proof.kind());
                field(text, proof.title());
                field(text, proof.storedFileId());
                field(text, proof.sha256());
                field(text, proof.contentType());
                field(text, proof.size() == null ? null : proof.size().toString());
                field(text, proof.url());
                field(text, proof.documentDate() == null ? null : proof.documentDate().toString());
                field(text, proof.cycleYear());
                field(text, proof.period() == null ? null : proof.period().toString());
            }
        }
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder text, int value) {
        field(text, Integer.toString(value));
    }

    private static void field(StringBuilder text, UUID value) {
        field(text, value == null ? null : value.toString());
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('N');
        } else {
            text.append('S').append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
