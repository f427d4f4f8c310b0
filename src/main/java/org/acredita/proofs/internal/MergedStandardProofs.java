package org.acredita.proofs.internal;

import java.util.Map;
import org.acredita.proofs.Proof;
import org.acredita.selfassessment.FileMigrated;
import org.acredita.storage.StoredFiles;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proofs follow a standard renumbered by a move to a new edition through their foreign key; those of earlier
 * standards merged into one move here, in the move's transaction, to the standard that continues them (a file
 * the target already holds for the same year stays where it was, so nothing is doubled or lost); and every
 * proof's stored file is filed again under the number its proof has now.
 */
@Component
class MergedStandardProofs {

    private final JdbcClient jdbc;
    private final ProofRepository proofs;
    private final StoredFiles storedFiles;

    MergedStandardProofs(JdbcClient jdbc, ProofRepository proofs, StoredFiles storedFiles) {
        this.jdbc = jdbc;
        this.proofs = proofs;
        this.storedFiles = storedFiles;
    }

    @EventListener
    void on(FileMigrated moved) {
        for (Map.Entry<String, String> merged : moved.merged().entrySet()) {
            jdbc.sql("""
                    update proof p set number = ?
                    where p.file_id = ? and p.number = ?
                      and not exists (select 1 from proof q where q.file_id = p.file_id and q.number = ?
                                      and q.cycle_year = p.cycle_year and q.sha256 = p.sha256)""")
                    .params(merged.getValue(), moved.fileId(), merged.getKey(), merged.getValue()).update();
        }
        // A proof's file is kept under "file/number/year": it follows the proof to the standard's new number, so
        // the same file given later to whatever now has the old number is a new proof, not this one.
        Map<java.util.UUID, String> owners = new java.util.HashMap<>();
        for (Proof proof : proofs.ofFile(moved.fileId())) {
            if (proof.storedFileId() != null) {
                owners.put(proof.storedFileId(), proof.fileId() + "/" + proof.number() + "/" + proof.cycleYear());
            }
        }
        storedFiles.reassign(owners);
    }
}
