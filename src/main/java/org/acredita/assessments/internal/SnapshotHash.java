package org.acredita.assessments.internal;

import java.util.List;
import java.util.UUID;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.audit.Seal;

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
        Seal seal = Seal.of(FORMAT).add(assessmentId).add(agencyId).add(fileId).add(standards.size());
        for (SnapshotStandard standard : standards) {
            seal.add(standard.number()).add(standard.chapter())
                    .add(standard.title() == null ? null : standard.title().es())
                    .add(standard.title() == null ? null : standard.title().en())
                    .add(standard.level()).add(standard.status()).add(standard.reason()).add(standard.sections().size());
            for (SnapshotStandard.Section section : standard.sections()) {
                seal.add(section.directiveCode()).add(section.directiveTitle()).add(section.versionLabel())
                        .add(section.sectionNumber()).add(section.heading()).add(section.text())
                        .add(String.join(",", section.elements()));
            }
            seal.add(standard.proofs().size());
            for (SnapshotStandard.ProofRef proof : standard.proofs()) {
                seal.add(proof.proofId()).add(proof.kind()).add(proof.title()).add(proof.storedFileId())
                        .add(proof.sha256()).add(proof.contentType()).add((Object) proof.size()).add(proof.url())
                        .add((Object) proof.documentDate()).add(proof.cycleYear()).add((Object) proof.period());
            }
        }
        return seal.sha256();
    }
}
