package org.acredita.assessments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acredita.directives.MappedSection;
import org.acredita.directives.MappedSections;
import org.acredita.proofs.FileProofs;
import org.acredita.proofs.Proof;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.FileStandard;
import org.springframework.stereotype.Component;

/**
 * Reads the live file for a snapshot: every in-scope standard's status and titles, the text of the directive
 * sections in effect mapped to it and its proofs by content hash, in a fixed number of queries.
 */
@Component
class Snapshots {

    private final MappedSections sections;
    private final FileProofs proofs;

    Snapshots(MappedSections sections, FileProofs proofs) {
        this.sections = sections;
        this.proofs = proofs;
    }

    List<SnapshotStandard> take(AccreditationFile file, List<FileStandard> standards, Map<String, String> scope) {
        Map<String, List<MappedSection>> mapped = sections.of(file.agencyId(), file.editionId());
        Map<String, List<Proof>> byNumber = new java.util.HashMap<>();
        for (Proof proof : proofs.of(file.id())) {
            byNumber.computeIfAbsent(proof.number(), k -> new ArrayList<>()).add(proof);
        }
        List<SnapshotStandard> snapshot = new ArrayList<>();
        for (FileStandard standard : standards) {
            String reason = scope.get(standard.number());
            if (reason == null) {
                continue;
            }
            snapshot.add(new SnapshotStandard(standard.number(), standard.chapter(), standard.title(),
                    standard.level() == null ? null : standard.level().name(), standard.status().name(), reason,
                    mapped.getOrDefault(standard.number(), List.of()).stream()
                            .map(s -> new SnapshotStandard.Section(s.directiveCode(), s.directiveTitle(),
                                    s.versionLabel(), s.sectionNumber(), s.heading(), s.text(), s.elements()))
                            .toList(),
                    byNumber.getOrDefault(standard.number(), List.of()).stream()
                            .map(p -> new SnapshotStandard.ProofRef(p.id(), p.kind().name(), p.title(),
                                    p.storedFileId(), p.sha256(), p.contentType(), p.size(), p.url(),
                                    p.documentDate(), p.cycleYear(), p.period()))
                            .toList()));
        }
        return snapshot;
    }
}
