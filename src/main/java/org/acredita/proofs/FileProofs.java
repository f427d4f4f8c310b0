package org.acredita.proofs;

import java.util.List;
import java.util.UUID;
import org.acredita.proofs.internal.ProofRepository;
import org.acredita.selfassessment.AccreditationFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every proof of a file in one query (e.g. to export it whole); whoever reads the file reads them. */
@Service
public class FileProofs {

    private final AccreditationFiles files;
    private final ProofRepository proofs;

    FileProofs(AccreditationFiles files, ProofRepository proofs) {
        this.files = files;
        this.proofs = proofs;
    }

    /** By standard number, then as a standard's page lists them: cycle year, document date, when given. */
    @Transactional(readOnly = true)
    public List<Proof> of(UUID fileId) {
        return proofs.ofFile(files.file(fileId).id()).stream()
                .sorted(java.util.Comparator.comparing(Proof::number).thenComparingInt(Proof::cycleYear)
                        .thenComparing(Proof::documentDate).thenComparing(Proof::createdAt))
                .toList();
    }
}
