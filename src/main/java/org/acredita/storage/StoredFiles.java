package org.acredita.storage;

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
 * Files that belong to something (an organisation's documents, later proofs of compliance). Every
 * read and write is checked against the caller's scope; the bytes are streamed to the file store.
 * If the transaction fails after the bytes were stored, the content-addressed blob stays unreferenced
 * and invisible: no record points at it.
 */
@Service
public class StoredFiles {

    private final FileStore store;
    private final StorageLimits limits;
    private final StoredFileRepository files;
    private final AuditTrail audit;
    private final Clock clock;

    StoredFiles(FileStore store, StorageLimits limits, StoredFileRepository files, AuditTrail audit, Clock clock) {
        this.store = store;
        this.limits = limits;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public StoredFile save(UUID agencyId, String ownerType, String ownerId, String originalName, InputStream content) {
        return store(agencyId, ownerType, ownerId, originalName, content, false).file();
    }

    /**
     * Like {@link #save}, but when the owner already holds a file with the same bytes that one is returned
     * and nothing new is recorded: sending the same file again (a retry) keeps it once.
     */
    @Transactional
    public SavedFile saveOnce(UUID agencyId, String ownerType, String ownerId, String originalName,
            InputStream content) {
        return store(agencyId, ownerType, ownerId, originalName, content, true);
    }

    private SavedFile store(UUID agencyId, String ownerType, String ownerId, String originalName, InputStream content,
            boolean once) {
        AccessScope scope = CurrentScope.get();
        if (agencyId != null) {
            scope.requireWrite(agencyId);
        } else if (!scope.write().all()) {
            throw new org.acredita.access.ForbiddenException();
        }
        String requestedName = cleanName(originalName);
        StoredContent stored = store.store(content, limits.maxBytes());
        if (!AllowedContentTypes.DOCUMENTS.contains(stored.contentType())) {
            throw RuleViolation.onField("file", "storage.type.notAllowed", stored.contentType());
        }
        if (once) {
            java.util.Optional<StoredFile> known = files.findByOwner(ownerType, ownerId).stream()
                    .filter(candidate -> candidate.sha256().equals(stored.sha256())).findFirst();
            if (known.isPresent()) {
                return new SavedFile(known.get(), false);
            }
        }
        String name = AllowedContentTypes.nameMatchingType(requestedName, stored.contentType());
        StoredFile file = new StoredFile(UUID.randomUUID(), agencyId, ownerType, ownerId, stored.sha256(),
                stored.size(), stored.contentType(), name, scope.userId(), clock.instant());
        files.insert(file);
        audit.record("FILE_STORED", ownerType, ownerId, agencyId,
                name + " · " + stored.contentType() + " · " + stored.size() + " B · sha256 " + stored.sha256());
        return new SavedFile(file, true);
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
     * Gives an owner's files to another owner id of the same owner type (a standard renumbered by a move to a new
     * edition, say); part of the caller's audited change, in its transaction. Returns how many moved.
     */
    @Transactional
    public int reassign(UUID agencyId, String ownerType, String fromOwnerId, String toOwnerId) {
        CurrentScope.get().requireWrite(agencyId);
        return files.reassign(agencyId, ownerType, fromOwnerId, toOwnerId);
    }

    /** Gives one file to another owner id of the same owner type, in the caller's audited change. */
    @Transactional
    public void reassign(UUID id, String toOwnerId) {
        StoredFile file = get(id);
        if (file.agencyId() != null) {
            CurrentScope.get().requireWrite(file.agencyId());
        }
        files.reassign(id, toOwnerId);
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
