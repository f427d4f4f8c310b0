package org.acredita.proofs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.AgencyGate;
import org.acredita.proofs.internal.EvidenceRepository;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.standards.Frequency;
import org.acredita.standards.Text;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's evidence library: every document it has given as a proof, stored once, with where each is used.
 * Whoever reads the agency reads its library; another agency's documents are not found. A document stays after
 * its last proof is removed, until the agency's managers remove it; only then may the storage clean-up collect
 * its content, since the library keeps a stored-file row of its own (decision 0011).
 */
@Service
public class EvidenceLibrary {

    /** Owner type of library documents in the file store; the owner id is the agency, one row per content. */
    public static final String OWNER_TYPE = "evidence";

    private final EvidenceRepository documents;
    private final StoredFiles storedFiles;
    private final AgencyGate agencies;
    private final AuditTrail audit;
    private final AccreditationFiles files;
    private final Proofs reading;

    EvidenceLibrary(EvidenceRepository documents, StoredFiles storedFiles, AgencyGate agencies, AuditTrail audit,
            AccreditationFiles files, Proofs reading) {
        this.files = files;
        this.reading = reading;
        this.documents = documents;
        this.storedFiles = storedFiles;
        this.agencies = agencies;
        this.audit = audit;
    }

    /** The agency's documents, newest first, each with where it is used (standard titles and months named). */
    @Transactional(readOnly = true)
    public List<LibraryDocument> documents(UUID agencyId) {
        agencies.readable(agencyId);
        return new UseNames().named(documents.ofAgency(agencyId));
    }

    /** The agency's documents without their uses' names: the choice of the link form. */
    @Transactional(readOnly = true)
    public List<LibraryDocument> choices(UUID agencyId) {
        agencies.readable(agencyId);
        return documents.ofAgency(agencyId);
    }

    /** One document with its uses; another agency's, or one that is not there, is not found. */
    @Transactional(readOnly = true)
    public LibraryDocument document(UUID agencyId, UUID documentId) {
        agencies.readable(agencyId);
        LibraryDocument document = documents.find(agencyId, documentId).orElseThrow(NotFoundException::new);
        return new UseNames().named(List.of(document)).get(0);
    }

    /** Names the uses of documents: each file's standards and cycle read once. */
    private final class UseNames {

        private final Map<UUID, Map<String, Text>> titles = new HashMap<>();
        private final Map<UUID, ProofScheduleOfFile> schedules = new HashMap<>();

        List<LibraryDocument> named(List<LibraryDocument> bare) {
            return bare.stream().map(document -> new LibraryDocument(document.id(), document.agencyId(),
                    document.title(), document.documentDate(), document.kind(), document.storedFileId(),
                    document.sha256(), document.contentType(), document.size(), document.createdByName(),
                    document.createdAt(), document.uses().stream().map(this::named).toList())).toList();
        }

        private LibraryDocument.Use named(LibraryDocument.Use use) {
            Text title = titles.computeIfAbsent(use.fileId(), id -> {
                Map<String, Text> byNumber = new HashMap<>();
                files.contents(id).standards().forEach(standard -> byNumber.put(standard.number(), standard.title()));
                return byNumber;
            }).get(use.number());
            ProofScheduleOfFile file = schedules.computeIfAbsent(use.fileId(), id -> {
                AccreditationFile read = files.file(id);
                return new ProofScheduleOfFile(read, reading.cycleStart(read));
            });
            LocalDate month = null;
            var timing = reading.timing(file.file().editionId(), use.number());
            if (use.period() != null && timing != null && timing.frequency() == Frequency.MONTHLY) {
                month = file.cycleStart().plusYears(use.cycleYear() - 1L).plusMonths(use.period() - 1L);
            }
            return new LibraryDocument.Use(use.proofId(), use.fileId(), use.number(), title, use.cycleYear(),
                    use.period(), month);
        }
    }

    private record ProofScheduleOfFile(AccreditationFile file, LocalDate cycleStart) {
    }

    /** Whether the caller may describe documents and link them as proofs (the agency's own people). */
    public boolean mayContribute(UUID agencyId) {
        var scope = org.acredita.access.CurrentScope.get();
        return scope.canWrite(agencyId) && scope.hasAnyRole(Proofs.CONTRIBUTORS.toArray(Role[]::new));
    }

    /** Whether the caller may remove documents no proof uses (the agency's managers). */
    public boolean mayRemove(UUID agencyId) {
        var scope = org.acredita.access.CurrentScope.get();
        return scope.canWrite(agencyId) && scope.hasAnyRole(Proofs.KEEPERS.toArray(Role[]::new));
    }

    /** A document's title, date and kind, as the agency names it; the proofs that use it keep theirs. */
    @Transactional
    public LibraryDocument describe(UUID agencyId, UUID documentId, String title, LocalDate documentDate,
            EvidenceKind kind) {
        agencies.writable(agencyId, Proofs.CONTRIBUTORS.toArray(Role[]::new));
        LibraryDocument document = documents.find(agencyId, documentId).orElseThrow(NotFoundException::new);
        String cleaned = ProofRules.clean(title);
        if (cleaned == null) {
            throw RuleViolation.onField("title", "proofs.title.required");
        }
        if (cleaned.length() > ProofRules.MAX_TITLE) {
            throw RuleViolation.onField("title", "proofs.text.tooLong", ProofRules.MAX_TITLE);
        }
        if (documentDate == null) {
            throw RuleViolation.onField("documentDate", "proofs.documentDate.required");
        }
        if (documentDate.isAfter(files.todayOf(agencyId))) {
            throw RuleViolation.onField("documentDate", "proofs.documentDate.future");
        }
        if (kind == null) {
            throw RuleViolation.onField("kind", "evidence.kind.invalid");
        }
        documents.update(document.id(), cleaned, documentDate, kind);
        audit.record("EVIDENCE_DESCRIBED", "evidence", document.id().toString(), agencyId,
                cleaned + " · " + documentDate + " · " + kind);
        return documents.find(agencyId, documentId).orElseThrow(NotFoundException::new);
    }

    /**
     * Takes a document out of the library once no proof uses it; its stored file goes with it, so the clean-up
     * may collect the content when nothing else names it.
     */
    @Transactional
    public void remove(UUID agencyId, UUID documentId) {
        agencies.writable(agencyId, Proofs.KEEPERS.toArray(Role[]::new));
        LibraryDocument document = documents.find(agencyId, documentId).orElseThrow(NotFoundException::new);
        if (document.used()) {
            throw new RuleViolation("evidence.remove.inUse", document.uses().size());
        }
        documents.delete(document.id());
        storedFiles.delete(document.storedFileId());
        audit.record("EVIDENCE_REMOVED", "evidence", document.id().toString(), agencyId,
                document.title() + " · sha256 " + document.sha256());
    }

    /**
     * The library document a file just received shows, added to the agency's library the first time its bytes
     * come (named and dated as that proof), in the caller's recording transaction.
     */
    UUID keep(UUID agencyId, ReceivedFile received, String title, LocalDate documentDate, UUID author,
            String authorName) {
        StoredFile stored = storedFiles.recordOnce(received, OWNER_TYPE, agencyId.toString()).file();
        UUID id = UUID.randomUUID();
        if (documents.insertOnce(id, agencyId, title, documentDate, EvidenceKind.OTHER, stored.id(), stored.sha256(),
                author, authorName)) {
            audit.record("EVIDENCE_ADDED", "evidence", id.toString(), agencyId,
                    title + " · " + documentDate + " · sha256 " + stored.sha256());
            return id;
        }
        return documents.withContent(agencyId, stored.sha256()).orElseThrow().id();
    }

    /** A document of the agency to link as a proof; another agency's is not found, even to a reader of both. */
    LibraryDocument linkable(UUID agencyId, UUID documentId) {
        if (documentId == null) {
            throw RuleViolation.onField("documentId", "evidence.document.required");
        }
        return documents.find(agencyId, documentId).orElseThrow(NotFoundException::new);
    }
}
