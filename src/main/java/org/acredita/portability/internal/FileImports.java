package org.acredita.portability.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.LocatedProblem;
import org.acredita.access.RefusedWithProblems;
import org.acredita.access.Role;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Recipient;
import org.acredita.identity.Recipients;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.identity.Usernames;
import org.acredita.portability.internal.Archive;
import org.acredita.portability.internal.Manifest;
import org.acredita.portability.internal.ManifestCheck;
import org.acredita.portability.internal.People;
import org.acredita.portability.internal.Restoration;
import org.acredita.proofs.ProofRestore;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.FileRestore;
import org.acredita.selfassessment.StandardWorkflow;
import org.acredita.standards.EditionStatus;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StorageLimits;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an accreditation file archive (see {@link FileExports}) for an agency, all or nothing: the ZIP is
 * checked whole first (entries, sizes, SHA-256 of every content, the manifest's values, the same edition
 * published here, no file of the agency in that programme yet) and refused with every problem found; only
 * then are its contents put into the file store, and every row written in one transaction. The accreditation body's programme staff import. Assignees
 * are found by user name among the agency's people here; whoever is not here is kept by name, and noted.
 */
@Service
public class FileImports {

    /** The summary and title a refused archive's problems are listed under. */
    private static final String REFUSED = "portability.import.refused";

    private final AgencyGate gate;
    private final FileRestore fileRestore;
    private final ProofRestore proofRestore;
    private final StoredFiles storedFiles;
    private final Manuals manuals;
    private final Staff staff;
    private final Usernames usernames;
    private final Recipients recipients;
    private final StorageLimits limits;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    FileImports(AgencyGate gate, FileRestore fileRestore, ProofRestore proofRestore,
            StoredFiles storedFiles, Manuals manuals, Staff staff, Usernames usernames, Recipients recipients,
            StorageLimits limits, AuditTrail audit, TransactionTemplate transactions) {
        this.gate = gate;
        this.fileRestore = fileRestore;
        this.proofRestore = proofRestore;
        this.storedFiles = storedFiles;
        this.manuals = manuals;
        this.staff = staff;
        this.usernames = usernames;
        this.recipients = recipients;
        this.limits = limits;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** Whether the caller may import a file for this agency. */
    public boolean mayImport(UUID agencyId) {
        return fileRestore.mayRestore(agencyId);
    }

    /**
     * Spools the upload to a temporary file (the ZIP is read by random access) and checks it whole, then puts
     * every content into the file store and extracts its proofs' words, all before any transaction begins (an
     * archive may hold gigabytes); then checks what the database holds again and writes every row in one
     * transaction. A refused import records nothing; contents it had stored stay unreferenced until the clean-up
     * removes them.
     */
    public ImportedFile importFile(UUID agencyId, InputStream upload) {
        Organisation agency = gate.writable(agencyId, Role.PROGRAMME_MANAGER, Role.ADMIN);
        Path temp = null;
        try {
            temp = Files.createTempFile("acredita-file-import-", ".zip");
            if (!spool(upload, temp, limits.maxBytes())) {
                throw RefusedWithProblems.because(REFUSED, "/", "portability.import.tooLarge", limits.maxBytes());
            }
            List<LocatedProblem> problems = new ArrayList<>();
            Archive archive = Archive.read(temp, limits.maxBytes(), problems);
            if (archive == null) {
                throw new RefusedWithProblems(REFUSED, problems);
            }
            try (archive; ReceivedContents received = new ReceivedContents()) {
                checked(agency, archive, problems);
                receive(agency, archive, received);
                return transactions.execute(status -> write(agency, checked(agency, archive, new ArrayList<>()),
                        archive.manifest(), received));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary directory
                }
            }
        }
    }

    /**
     * The edition the archive's file is written on, once the manifest has been checked against the archive and
     * the database (every problem found refuses it).
     */
    private ManualEdition checked(Organisation agency, Archive archive, List<LocatedProblem> problems) {
        Manifest manifest = archive.manifest();
        ManualEdition edition = null;
        if (problems.isEmpty() && ManifestCheck.header(manifest, problems)) {
            edition = edition(manifest, problems);
            if (fileRestore.hasFile(agency.id(), AccreditationProgramme.valueOf(manifest.programme()))) {
                problems.add(LocatedProblem.at("/programme", "portability.import.fileExists",
                        manifest.programme()));
            }
            Set<String> numbers = edition == null ? Set.of() : manuals.document(edition.id()).standards().stream()
                    .map(standard -> standard.number()).collect(Collectors.toSet());
            if (edition != null && manifest.tier() != null
                    && !manuals.tierNames(edition.id()).containsKey(manifest.tier())) {
                problems.add(LocatedProblem.at("/tier", "portability.import.invalid", manifest.tier()));
            }
            ManifestCheck.standards(manifest, numbers, archive.contents(), problems);
        }
        if (!problems.isEmpty()) {
            throw new RefusedWithProblems(REFUSED, problems);
        }
        return edition;
    }

    /** Puts every content the import records into the store, in the order it records them, with their words. */
    private void receive(Organisation agency, Archive archive, ReceivedContents received) {
        for (Manifest.Standard standard : archive.manifest().standards()) {
            for (Manifest.Proof proof : Restoration.list(standard.proofs())) {
                if (proof.file() != null) {
                    ReceivedFile file = receive(agency, archive, proof.file(), received);
                    if (!received.hasText(file.sha256())) {
                        received.keepText(file.sha256(), proofRestore.textOf(file));
                    }
                }
            }
            for (Manifest.Document document : waiverDocuments(standard)) {
                receive(agency, archive, document, received);
            }
        }
    }

    private ReceivedFile receive(Organisation agency, Archive archive, Manifest.Document document,
            ReceivedContents received) {
        ReceivedFile file = received.file(document);
        if (file == null) {
            try (InputStream content = archive.open(document.path())) {
                file = storedFiles.receive(agency.id(), document.originalName(), content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            received.keep(document, file);
        }
        return file;
    }

    /** Oldest first, so that the newest-first order of the manifest comes back on the next export. */
    private static List<Manifest.Document> waiverDocuments(Manifest.Standard standard) {
        List<Manifest.Document> documents = new ArrayList<>(Restoration.list(standard.waiverDocuments()));
        java.util.Collections.reverse(documents);
        return documents;
    }

    private ImportedFile write(Organisation agency, ManualEdition edition, Manifest manifest,
            ReceivedContents received) {
        People people = people(agency.id(), manifest);
        AccreditationFile file = fileRestore.restore(Restoration.file(manifest, agency.id(), edition.id(), people));
        List<ImportNote> notes = new ArrayList<>();
        int proofs = 0;
        int documents = 0;
        for (Manifest.Standard standard : manifest.standards()) {
            if (standard.assignee() != null && people.ofAgency(standard.assignee().username()) == null) {
                notes.add(ImportNote.of("portability.import.note.unassigned", standard.number(),
                        String.valueOf(standard.assignee().displayName()),
                        String.valueOf(standard.assignee().username())));
            }
            for (Manifest.Proof proof : Restoration.list(standard.proofs())) {
                ReceivedFile content = proof.file() == null ? null : received.file(proof.file());
                proofRestore.restore(Restoration.proof(proof, file.id(), standard.number(), people), content,
                        content == null ? null : received.text(content.sha256()));
                proofs++;
            }
            for (Manifest.Document document : waiverDocuments(standard)) {
                storedFiles.record(received.file(document), StandardWorkflow.WAIVER_DOCUMENT,
                        file.id() + "/" + standard.number());
                documents++;
            }
        }
        List<String> absent = People.named(manifest).stream()
                .filter(name -> people.reader(name) == null && people.ofAgency(name) == null).toList();
        if (!absent.isEmpty()) {
            notes.add(ImportNote.of("portability.import.note.keptByName", String.join(", ", absent)));
        }
        audit.record("ACCREDITATION_FILE_IMPORTED", "accreditation-file", file.id().toString(), agency.id(),
                edition.code() + " " + edition.version() + " · " + manifest.standards().size() + " · " + proofs + " · "
                        + documents + (manifest.source() == null ? "" : " · " + manifest.source()));
        return new ImportedFile(file.id(), agency.id(), manifest.standards().size(), proofs, documents, notes);
    }

    /** The same edition (code, version, programme), published here. */
    private ManualEdition edition(Manifest manifest, List<LocatedProblem> problems) {
        Manifest.Edition wanted = manifest.edition();
        ManualEdition found = manuals.editions().stream()
                .filter(edition -> edition.status() == EditionStatus.PUBLISHED
                        && edition.code().equals(wanted.code()) && edition.version().equals(wanted.version())
                        && edition.programme().name().equals(wanted.programme())
                        && edition.programme().name().equals(manifest.programme()))
                .findFirst().orElse(null);
        if (found == null) {
            problems.add(LocatedProblem.at("/edition", "portability.import.editionUnknown",
                    String.valueOf(wanted.code()), String.valueOf(wanted.version()),
                    String.valueOf(wanted.programme())));
        }
        return found;
    }

    private People people(UUID agencyId, Manifest manifest) {
        Set<String> names = People.named(manifest);
        Map<String, UUID> known = usernames.ids(names);
        Set<UUID> ownPeople = staff.ofAgency(agencyId).stream().map(StaffMember::id).collect(Collectors.toSet());
        Set<UUID> readers = recipients.readersNamed(agencyId, names).stream().map(Recipient::userId)
                .collect(Collectors.toSet());
        Map<String, UUID> agencyPeople = new HashMap<>();
        Map<String, UUID> readerIds = new HashMap<>();
        known.forEach((name, id) -> {
            if (ownPeople.contains(id)) {
                agencyPeople.put(name, id);
            }
            if (readers.contains(id) || ownPeople.contains(id)) {
                readerIds.put(name, id);
            }
        });
        return new People(agencyPeople, readerIds);
    }

    private static boolean spool(InputStream upload, Path temp, long maxBytes) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(temp)) {
            for (int read = upload.read(buffer); read >= 0; read = upload.read(buffer)) {
                total += read;
                if (total > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }
}
