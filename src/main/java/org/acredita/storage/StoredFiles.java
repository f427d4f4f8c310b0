package org.acredita.storage;

import org.acredita.storage.internal.Admission;
import org.acredita.storage.internal.AllowedContentTypes;
import org.acredita.storage.internal.FileStore;
import org.acredita.storage.internal.StoredContent;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.storage.files.StoredFileRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files that belong to something (an organisation's documents, proofs of compliance). Every read and write is
 * checked against the caller's scope.
 *
 * <p>An upload comes in two steps so that no database connection is held while its bytes arrive:
 * {@link #receive} (outside any transaction) takes the bytes in whole, refuses a type outside the allow-list or
 * a file too large before anything reaches the file store, and stores the content; then {@link #record} or
 * {@link #recordOnce}, in the owner's short transaction, says whose it is. The store is content-addressed, so
 * an upload refused or interrupted after the first step leaves at most a blob nobody refers to, which the
 * clean-up removes after a grace period.
 */
@Service
public class StoredFiles {

    private final FileStore store;
    private final StorageLimits limits;
    private final StoredFileRepository files;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<ContentKeepers> keepers;

    StoredFiles(FileStore store, StorageLimits limits, StoredFileRepository files, AuditTrail audit, Clock clock,
            org.springframework.beans.factory.ObjectProvider<ContentKeepers> keepers) {
        this.keepers = keepers;
        this.store = store;
        this.limits = limits;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes an upload in whole and puts its content into the file store, for an owner to {@link #record} it
     * next. Call it before the transaction that records the file: inside one, a slow client would hold a
     * database connection all along (content already in memory, as the demo data's, may be received anywhere).
     *
     * @throws RuleViolation        for a missing name or a type outside the allow-list (nothing is stored)
     * @throws FileTooLargeException past the size limit (nothing is stored)
     */
    public ReceivedFile receive(UUID agencyId, String originalName, InputStream content) {
        return take(agencyId, originalName, content);
    }

    /** Records a received file for its owner, in the caller's transaction, and audits it. */
    @Transactional
    public StoredFile record(ReceivedFile received, String ownerType, String ownerId) {
        return keep(received, ownerType, ownerId, false).file();
    }

    /**
     * Like {@link #record}, but an owner keeps the same bytes once: when it already holds them (a retry, or the
     * same upload sent concurrently) that file is returned and nothing new is recorded or audited.
     */
    @Transactional
    public SavedFile recordOnce(ReceivedFile received, String ownerType, String ownerId) {
        return keep(received, ownerType, ownerId, true);
    }

    /**
     * Gives the content of a file already kept (a library document) to another owner as well, without its bytes
     * coming again: kept once per owner like {@link #recordOnce}, in the caller's transaction, and audited.
     */
    @Transactional
    public SavedFile shareOnce(UUID storedFileId, String ownerType, String ownerId) {
        StoredFile kept = get(storedFileId);
        AccessScope scope = requireWrite(kept.agencyId());
        files.holdContentsInUse();
        StoredFile file = new StoredFile(UUID.randomUUID(), kept.agencyId(), ownerType, ownerId, kept.sha256(),
                kept.size(), kept.contentType(), kept.originalName(), scope.userId(), clock.instant());
        StoredFileRepository.KeptOnce saved = files.insertOnce(file);
        if (!saved.created()) {
            return new SavedFile(saved.file(), false);
        }
        audit.record("FILE_STORED", ownerType, ownerId, kept.agencyId(), file.originalName() + " · "
                + kept.contentType() + " · " + kept.size() + " B · sha256 " + kept.sha256());
        return new SavedFile(file, true);
    }

    /**
     * The bytes of a file received but perhaps not yet recorded, read back from the store: its text is extracted
     * for the search index before the recording transaction begins. The caller closes the stream.
     */
    public InputStream read(ReceivedFile received) {
        requireWrite(received.agencyId());
        return store.open(received.content().sha256());
    }

    private ReceivedFile take(UUID agencyId, String originalName, InputStream content) {
        requireWrite(agencyId);
        String requestedName = cleanName(originalName);
        StoredContent stored = store.store(content, limits.maxBytes(), DOCUMENTS);
        return new ReceivedFile(agencyId, AllowedContentTypes.nameMatchingType(requestedName, stored.contentType()),
                stored);
    }

    /** The allow-list, asked of the first bytes (a refused type is not read further) and of the whole. */
    private static final Admission DOCUMENTS = new Admission() {
        @Override
        public void head(String contentType) {
            if (!contentType.equals(UNKNOWN) && !AllowedContentTypes.DOCUMENTS.contains(contentType)) {
                throw refused(contentType);
            }
        }

        @Override
        public void accept(StoredContent received) {
            if (!AllowedContentTypes.DOCUMENTS.contains(received.contentType())) {
                throw refused(received.contentType());
            }
        }
    };

    private static final String UNKNOWN = "application/octet-stream";

    private static RuleViolation refused(String contentType) {
        return RuleViolation.onField("file", "storage.type.notAllowed", contentType);
    }

    private SavedFile keep(ReceivedFile received, String ownerType, String ownerId, boolean once) {
        AccessScope scope = requireWrite(received.agencyId());
        StoredContent content = received.content();
        files.holdContentsInUse();
        if (!store.exists(content.sha256())) {
            // The clean-up took it between receiving and recording (it had been stored long before, unowned).
            throw RuleViolation.onField("file", "storage.upload.lost");
        }
        StoredFile file = new StoredFile(UUID.randomUUID(), received.agencyId(), ownerType, ownerId, content.sha256(),
                content.size(), content.contentType(), received.name(), scope.userId(), clock.instant());
        if (once) {
            StoredFileRepository.KeptOnce kept = files.insertOnce(file);
            if (!kept.created()) {
                return new SavedFile(kept.file(), false);
            }
        } else {
            files.insert(file);
        }
        audit.record("FILE_STORED", ownerType, ownerId, received.agencyId(), file.originalName() + " · "
                + content.contentType() + " · " + content.size() + " B · sha256 " + content.sha256());
        return new SavedFile(file, true);
    }

    private static AccessScope requireWrite(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        if (agencyId != null) {
            scope.requireWrite(agencyId);
        } else if (!scope.write().all()) {
            throw new org.acredita.access.ForbiddenException();
        }
        return scope;
    }

    @Transactional(readOnly = true)
    public List<StoredFile> list(UUID agencyId, String ownerType, String ownerId) {
        if (agencyId != null) {
            CurrentScope.get().requireRead(agencyId);
        }
        return files.findByOwner(ownerType, ownerId).stream().filter(this::visible).toList();
    }

    /** Every file of one owner type kept for an agency (e.g. all attachments of its timeline), newest first. */
    @Transactional(readOnly = true)
    public List<StoredFile> listOfAgency(UUID agencyId, String ownerType) {
        CurrentScope.get().requireRead(agencyId);
        return files.findByAgency(agencyId, ownerType).stream().filter(this::visible).toList();
    }

    @Transactional(readOnly = true)
    public StoredFile get(UUID id) {
        return files.findById(id).filter(this::visible).orElseThrow(NotFoundException::new);
    }

    /** Every download is authorised here, per request; nothing is served by a guessable path. */
    @Transactional(readOnly = true)
    public FileDownload open(UUID id) {
        StoredFile file = get(id);
        return new FileDownload(file, store.open(file.sha256()));
    }

    /**
     * Content a module keeps by its SHA-256 after the stored-file row that brought it in may be gone (an
     * assessment's snapshot serves its proofs exactly as frozen): the caller has authorised the read through its
     * own record, the agency must be readable, and some {@link ContentKeepers} must keep the hash; else not found.
     */
    @Transactional(readOnly = true)
    public FileDownload openKept(UUID agencyId, String sha256, String contentType, long size, String name) {
        CurrentScope.get().requireRead(agencyId);
        if (sha256 == null || contentType == null
                || keepers.orderedStream().noneMatch(keeper -> keeper.kept(List.of(sha256)).contains(sha256))
                || !store.exists(sha256)) {
            throw new NotFoundException();
        }
        StoredFile file = new StoredFile(null, agencyId, "kept", sha256, sha256, size, contentType,
                name == null || name.isBlank() ? sha256 : name, null, null);
        return new FileDownload(file, store.open(sha256));
    }

    /**
     * Gives an owner's files to another owner id of the same owner type (a standard renumbered by a move to a new
     * edition, say); part of the caller's audited change, in its transaction. Returns how many moved.
     */
    @Transactional
    public int reassign(UUID agencyId, String ownerType, String fromOwnerId, String toOwnerId) {
        CurrentScope.get().requireWrite(agencyId);
        return files.reassign(agencyId, ownerType, fromOwnerId, toOwnerId);
    }

    /**
     * Gives files other owner ids of their owner type (each proof's file following its proof to a standard's new
     * number, say), in the caller's audited change; files may trade places.
     */
    @Transactional
    public void reassign(java.util.Map<UUID, String> newOwners) {
        for (UUID id : newOwners.keySet()) {
            StoredFile file = get(id);
            if (file.agencyId() != null) {
                CurrentScope.get().requireWrite(file.agencyId());
            }
        }
        files.reassign(newOwners);
    }

    @Transactional
    public void delete(UUID id) {
        StoredFile file = get(id);
        AccessScope scope = CurrentScope.get();
        if (file.agencyId() != null) {
            scope.requireWrite(file.agencyId());
        } else if (!scope.write().all()) {
            throw new org.acredita.access.ForbiddenException();
        }
        files.delete(id);
        audit.record("FILE_REMOVED", file.ownerType(), file.ownerId(), file.agencyId(), file.originalName());
    }

    private boolean visible(StoredFile file) {
        return file.agencyId() == null || CurrentScope.get().canRead(file.agencyId());
    }

    private static String cleanName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        // No control or invisible format characters (a right-to-left override can disguise an extension).
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.isEmpty()) {
            throw RuleViolation.onField("file", "storage.file.required");
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
