package org.acredita.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.standards.Text;

/**
 * A standard in an assessment's scope as its file stood when the assessment started: status, the directive
 * sections mapped to it and its proofs (by content hash). Never changes afterwards.
 *
 * @param reason why it is in scope (ALL, SAMPLED, PICKED, TIME_SENSITIVE, FAILED_EARLIER)
 */
public record SnapshotStandard(String number, int chapter, Text title, String level, String status, String reason,
        List<Section> sections, List<ProofRef> proofs) {

    public SnapshotStandard {
        sections = List.copyOf(sections);
        proofs = List.copyOf(proofs);
    }

    /** A directive section in effect mapped to the standard, with its text as it was. */
    public record Section(String directiveCode, String directiveTitle, String versionLabel, String sectionNumber,
            String heading, String text, List<String> elements) {

        public Section {
            elements = List.copyOf(elements);
        }
    }

    /** A proof as it was: the stored file and its SHA-256 refer to the content, which is not copied. */
    public record ProofRef(UUID proofId, String kind, String title, UUID storedFileId, String sha256,
            String contentType, Long size, String url, LocalDate documentDate, int cycleYear, Integer period) {
    }
}
