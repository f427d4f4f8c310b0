package org.acredita.proofs;

import org.acredita.proofs.internal.ProofInput;
import org.acredita.proofs.internal.ProofSchedule;
import org.acredita.proofs.internal.ProofUpload;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import java.util.List;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.proofs.internal.ProofIndexing;
import org.acredita.proofs.internal.ProofRepository;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileStandard;
import org.acredita.standards.format.ManualDocument;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.SavedFile;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Giving, explaining and removing proofs. The input is checked whole before a byte is read; files stream into
 * the file store before any transaction begins, where the same bytes are kept once, and the same file given
 * again for the same standard and year (even concurrently) returns the earlier proof, so a retried upload never
 * doubles. Each change is indexed and audited in the transaction that records it.
 */
@Service
public class ProofSubmissions {

    /** Owner type of proof files in the file store; the owner id is "fileId/number/year". */
    public static final String OWNER_TYPE = "proof";

    private final Proofs reading;
    private final ProofRepository proofs;
    private final AccreditationFiles files;
    private final StoredFiles storedFiles;
    private final ProofIndexing indexing;
    private final AuditTrail audit;
    private final Staff staff;
    private final TransactionTemplate transactions;
    private final EvidenceLibrary library;

    ProofSubmissions(Proofs reading, ProofRepository proofs, AccreditationFiles files, StoredFiles storedFiles,
            ProofIndexing indexing, AuditTrail audit, Staff staff, TransactionTemplate transactions,
            EvidenceLibrary library) {
        this.library = library;
        this.staff = staff;
        this.transactions = transactions;
        this.reading = reading;
        this.proofs = proofs;
        this.files = files;
        this.storedFiles = storedFiles;
        this.indexing = indexing;
        this.audit = audit;
    }

    /**
     * Checks the input, then takes the file's bytes into the file store and extracts their text with no database
     * connection held (an upload may take minutes, parsing a large document seconds), then records the proof in a
     * short transaction that checks everything again.
     */
    public ProofUpload addFile(UUID fileId, String number, ProofInput input, String fileName, InputStream content) {
        Target target = target(fileId, number);
        ProofRules.check(ProofKind.FILE, input, target.schedule(), target.today());
        ReceivedFile received = storedFiles.receive(target.file().agencyId(), fileName, content);
        String text = indexing.textOf(received);
        return transactions.execute(status -> recordFile(fileId, number, input, received, text));
    }

    private ProofUpload recordFile(UUID fileId, String number, ProofInput input, ReceivedFile received,
            String text) {
        Target target = target(fileId, number);
        ProofInput checked = ProofRules.check(ProofKind.FILE, input, target.schedule(), target.today());
        SavedFile saved = storedFiles.recordOnce(received, OWNER_TYPE,
                target.file().id() + "/" + number + "/" + checked.cycleYear());
        StoredFile stored = saved.file();
        var earlier = proofs.sameContent(target.file().id(), number, checked.cycleYear(), stored.sha256());
        if (earlier.isPresent()) {
            return new ProofUpload(earlier.get(), false);
        }
        String title = checked.title() == null ? stored.originalName() : checked.title();
        Proof proof = proof(target, ProofKind.FILE, checked, title, stored.id(), stored.sha256(), stored.contentType(),
                stored.size(), indexing.extracts(stored.contentType(), stored.size()));
        UUID document = library.keep(target.file().agencyId(), received, proof.title(), checked.documentDate(),
                proof.createdBy(), proof.createdByName());
        return new ProofUpload(record(proof, document, text, stored.originalName() + " · " + stored.size()
                + " B · sha256 " + stored.sha256()), true);
    }

    /**
     * A document of the agency's library given as a proof of this standard and year, without its bytes coming
     * again: the document's date is the proof's, under the same rules as an upload (a time-sensitive standard's
     * period, the cycle year). Its words are read before the short recording transaction. Linking the same
     * document again to the same standard and year returns the earlier proof.
     */
    public ProofUpload linkDocument(UUID fileId, String number, UUID documentId, ProofInput input) {
        Target target = target(fileId, number);
        LibraryDocument document = library.linkable(target.file().agencyId(), documentId);
        ProofRules.check(ProofKind.FILE, dated(input, document), target.schedule(), target.today());
        String text = indexing.textOfStored(document.storedFileId());
        return transactions.execute(status -> recordLink(fileId, number, documentId, input, text));
    }

    private ProofUpload recordLink(UUID fileId, String number, UUID documentId, ProofInput input, String text) {
        Target target = target(fileId, number);
        LibraryDocument document = library.linkable(target.file().agencyId(), documentId);
        ProofInput checked = ProofRules.check(ProofKind.FILE, dated(input, document), target.schedule(),
                target.today());
        StoredFile stored = storedFiles.shareOnce(document.storedFileId(), OWNER_TYPE,
                target.file().id() + "/" + number + "/" + checked.cycleYear()).file();
        var earlier = proofs.sameContent(target.file().id(), number, checked.cycleYear(), stored.sha256());
        if (earlier.isPresent()) {
            return new ProofUpload(earlier.get(), false);
        }
        String title = checked.title() == null ? document.title() : checked.title();
        Proof proof = proof(target, ProofKind.FILE, checked, title, stored.id(), stored.sha256(), stored.contentType(),
                stored.size(), indexing.extracts(stored.contentType(), stored.size()));
        return new ProofUpload(record(proof, document.id(), text, "evidence " + document.id() + " · sha256 "
                + stored.sha256()), true);
    }

    /** The person's choices for the proof, dated as the library document. */
    private static ProofInput dated(ProofInput input, LibraryDocument document) {
        return new ProofInput(document.documentDate(), input.cycleYear(), input.period(), input.title(), null, null,
                input.lateExplanation());
    }

    /** A written note (e.g. what an inspector observed) or a link to a record kept elsewhere. */
    @Transactional
    public Proof addEntry(UUID fileId, String number, ProofKind kind, ProofInput input) {
        if (kind == null || kind == ProofKind.FILE) {
            throw RuleViolation.onField("kind", "proofs.kind.invalid");
        }
        Target target = target(fileId, number);
        ProofInput checked = ProofRules.check(kind, input, target.schedule(), target.today());
        Proof proof = proof(target, kind, checked, checked.title(), null, null, null, null, false);
        return record(proof, null, null, kind == ProofKind.LINK ? checked.url() : checked.title());
    }

    /** Why a proof came after its period: the agency's word for the reviewer. Blank clears it. */
    @Transactional
    public Proof explainLate(UUID fileId, String number, UUID proofId, String explanation) {
        Proof proof = reading.proof(fileId, number, proofId);
        FileStandard standard = files.fileStandard(fileId, number);
        AccessScope scope = CurrentScope.get();
        scope.requireWrite(proof.agencyId());
        if (Proofs.frozen(standard) && Proofs.mayAdd(scope, standard)) {
            throw new RuleViolation("proofs.remove.frozen");
        }
        if (!Proofs.mayExplain(scope, standard, proof)) {
            throw new ForbiddenException();
        }
        String cleaned = ProofRules.clean(explanation);
        if (cleaned != null && cleaned.length() > ProofRules.MAX_TEXT) {
            throw RuleViolation.onField("lateExplanation", "proofs.text.tooLong", ProofRules.MAX_TEXT);
        }
        proofs.explain(proof.id(), cleaned);
        audit.record("PROOF_EXPLAINED", "proof", proof.id().toString(), proof.agencyId(),
                number + " · " + proof.title() + " · " + (cleaned == null ? "—" : cleaned));
        return reading.proof(fileId, number, proofId);
    }

    @Transactional
    public void remove(UUID fileId, String number, UUID proofId) {
        Proof proof = reading.proof(fileId, number, proofId);
        FileStandard standard = files.fileStandard(fileId, number);
        AccessScope scope = CurrentScope.get();
        scope.requireWrite(proof.agencyId());
        if (!Proofs.mayRemove(scope, standard, proof)) {
            if (scope.hasAnyRole(Proofs.CONTRIBUTORS.toArray(Role[]::new)) && Proofs.frozen(standard)) {
                throw new RuleViolation("proofs.remove.frozen");
            }
            throw new ForbiddenException();
        }
        boolean shared = proof.storedFileId() != null && proofs.storedFileShared(proof.storedFileId(), proof.id());
        proofs.delete(proof.id());
        indexing.remove(proof);
        if (proof.storedFileId() != null && !shared) {
            storedFiles.delete(proof.storedFileId());
        }
        audit.record("PROOF_REMOVED", "proof", proof.id().toString(), proof.agencyId(),
                number + " · " + proof.cycleYear() + " · " + proof.title());
    }

    private Proof proof(Target target, ProofKind kind, ProofInput checked, String title, UUID storedFileId,
            String sha256, String contentType, Long size, boolean extracted) {
        AccessScope scope = CurrentScope.get();
        String cut = title.length() > ProofRules.MAX_TITLE ? title.substring(0, ProofRules.MAX_TITLE) : title;
        return new Proof(UUID.randomUUID(), target.file().id(), target.file().agencyId(), target.number(), kind, cut,
                storedFileId, sha256, contentType, size, checked.note(), checked.url(), checked.documentDate(),
                checked.cycleYear(), checked.period(), checked.lateExplanation(), extracted, scope.userId(),
                authorName(scope), java.time.Instant.now());
    }

    /** The name people know the author by, kept with the proof as it was when given. */
    private String authorName(AccessScope scope) {
        StaffMember person = scope.userId() == null ? null : staff.named(List.of(scope.userId())).get(scope.userId());
        if (person != null) {
            return person.displayName();
        }
        return scope.username() == null ? "—" : scope.username();
    }

    private Proof record(Proof proof, UUID document, String fileText, String detail) {
        proofs.insert(proof, document);
        indexing.index(proof, fileText);
        audit.record("PROOF_ADDED", "proof", proof.id().toString(), proof.agencyId(),
                proof.number() + " · " + proof.kind() + " · " + proof.cycleYear()
                        + (proof.period() == null ? "" : "/" + proof.period()) + " · " + proof.documentDate() + " · "
                        + detail);
        return proof;
    }

    private record Target(AccreditationFile file, String number, ProofSchedule schedule, LocalDate today) {
    }

    /** The standard to prove, after checking the caller may give proofs for it. */
    private Target target(UUID fileId, String number) {
        AccreditationFile file = files.file(fileId);
        FileStandard standard = files.fileStandard(fileId, number);
        AccessScope scope = CurrentScope.get();
        scope.requireWrite(file.agencyId());
        scope.requireRole(Proofs.CONTRIBUTORS.toArray(Role[]::new));
        if (!Proofs.mayAdd(scope, standard)) {
            throw new RuleViolation("proofs.standard.notApplicable");
        }
        ManualDocument.TimeSensitivity timing = reading.timing(file.editionId(), number);
        return new Target(file, number, new ProofSchedule(timing == null ? null : timing.frequency(),
                reading.cycleStart(file)), files.todayOf(file.agencyId()));
    }
}
