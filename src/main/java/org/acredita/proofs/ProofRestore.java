package org.acredita.proofs;

import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.audit.AuditTrail;
import org.acredita.proofs.internal.ProofIndexing;
import org.acredita.proofs.internal.RestoredProofRows;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restores the proofs of a file brought from another Acredita instance, as they were (dates, names, times).
 * The caller receives the files into the store and has their text extracted ({@link #textOf}) before its
 * transaction; {@link #restore} then records each proof (the same bytes kept once), indexes it for search and
 * audits it, in the caller's transaction. The accreditation body's programme staff only, as for the file.
 */
@Service
public class ProofRestore {

    private final AccreditationFiles files;
    private final StoredFiles storedFiles;
    private final RestoredProofRows rows;
    private final ProofIndexing indexing;
    private final AuditTrail audit;
    private final EvidenceLibrary library;

    ProofRestore(AccreditationFiles files, StoredFiles storedFiles, RestoredProofRows rows, ProofIndexing indexing,
            AuditTrail audit, EvidenceLibrary library) {
        this.library = library;
        this.files = files;
        this.storedFiles = storedFiles;
        this.rows = rows;
        this.indexing = indexing;
        this.audit = audit;
    }

    /**
     * The words of a restored proof's received file for the search index, or null when files of its type or size
     * are found by title only; extracted before the restoring transaction, since parsing takes a while.
     */
    public String textOf(ReceivedFile received) {
        return indexing.textOf(received);
    }

    /**
     * @param received the file of a FILE proof, received into the store, else null
     * @param fileText its words from {@link #textOf}
     * @throws IllegalStateException when the file does not have the expected SHA-256 (the caller checks first)
     */
    @Transactional
    public Proof restore(RestoredProof given, ReceivedFile received, String fileText) {
        FileStandard standard = files.fileStandard(given.fileId(), given.number());
        AccessScope scope = CurrentScope.get();
        scope.requireWrite(standard.agencyId());
        scope.requireRole(Role.PROGRAMME_MANAGER, Role.ADMIN);
        StoredFile stored = null;
        java.util.UUID document = null;
        if (given.kind() == ProofKind.FILE) {
            if (!received.sha256().equals(given.sha256()) || !standard.agencyId().equals(received.agencyId())) {
                throw new IllegalStateException("Restored proof content does not match its SHA-256 or agency");
            }
            stored = storedFiles.recordOnce(received, ProofSubmissions.OWNER_TYPE,
                    given.fileId() + "/" + given.number() + "/" + given.cycleYear()).file();
            document = library.keep(standard.agencyId(), received, given.title(), given.documentDate(),
                    given.createdBy(), given.createdByName());
        }
        Proof proof = new Proof(UUID.randomUUID(), standard.fileId(), standard.agencyId(), given.number(),
                given.kind(), given.title(), stored == null ? null : stored.id(), stored == null ? null : stored.sha256(),
                stored == null ? null : stored.contentType(), stored == null ? null : stored.size(), given.note(),
                given.url(), given.documentDate(), given.cycleYear(), given.period(), given.lateExplanation(),
                stored != null && indexing.extracts(stored.contentType(), stored.size()), given.createdBy(),
                given.createdByName(), given.createdAt());
        rows.insert(proof, document);
        indexing.index(proof, fileText);
        audit.record("PROOF_RESTORED", "proof", proof.id().toString(), proof.agencyId(),
                proof.number() + " · " + proof.kind() + " · " + proof.cycleYear() + " · " + proof.title()
                        + (stored == null ? "" : " · sha256 " + stored.sha256()));
        return proof;
    }
}
