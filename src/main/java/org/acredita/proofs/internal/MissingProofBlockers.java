package org.acredita.proofs.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.compliance.ComplianceBlocker;
import org.acredita.compliance.ComplianceBlockerSource;
import org.acredita.proofs.ProofSlot;
import org.acredita.proofs.Proofs;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.FileStandard;
import org.springframework.stereotype.Component;

/**
 * Tells "would we pass today?" about time-sensitive standards whose past periods ended without a proof: an
 * assessor would find the gap, so each such standard blocks until the proof (or a late one with its
 * explanation) is added.
 */
@Component
class MissingProofBlockers implements ComplianceBlockerSource {

    /** The blocker kind, for the API and the page. */
    static final String MISSING_PROOF = "MISSING_PROOF";

    private final Proofs proofs;

    MissingProofBlockers(Proofs proofs) {
        this.proofs = proofs;
    }

    @Override
    public List<ComplianceBlocker> blockers(FileContents contents) {
        return blockers(contents, proofs.gaps(contents.file(), contents.standards()));
    }

    /** Many files at once (the overview): their proofs in one query instead of one per file. */
    @Override
    public Map<UUID, List<ComplianceBlocker>> blockers(List<FileContents> files) {
        Map<UUID, Map<String, List<ProofSlot>>> gaps = proofs.gaps(files);
        Map<UUID, List<ComplianceBlocker>> byFile = new LinkedHashMap<>();
        files.forEach(contents -> byFile.put(contents.file().id(), blockers(contents,
                gaps.getOrDefault(contents.file().id(), Map.of()))));
        return byFile;
    }

    private static List<ComplianceBlocker> blockers(FileContents contents, Map<String, List<ProofSlot>> gaps) {
        List<ComplianceBlocker> blockers = new ArrayList<>();
        for (FileStandard standard : contents.standards()) {
            List<ProofSlot> missing = gaps.get(standard.number());
            if (missing == null) {
                continue;
            }
            String years = missing.stream().map(slot -> String.valueOf(slot.year())).distinct()
                    .collect(Collectors.joining(", "));
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("missing", missing.size());
            details.put("years", missing.stream().map(ProofSlot::year).distinct().toList());
            details.put("missingByYear", missing.stream().collect(Collectors.groupingBy(ProofSlot::year,
                    java.util.TreeMap::new, Collectors.summingInt(slot -> 1))));
            details.put("lastPeriodEnded", missing.get(missing.size() - 1).to().toString());
            blockers.add(new ComplianceBlocker(MISSING_PROOF, standard.number(), standard.level(),
                    "proofs.blocker.missing", List.of(standard.number(), missing.size(), years), details));
        }
        return blockers;
    }
}
