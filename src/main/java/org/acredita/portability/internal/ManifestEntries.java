package org.acredita.portability.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.proofs.Proof;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.HistoryEntry;
import org.acredita.selfassessment.StandardComment;
import org.acredita.storage.StoredFile;

/**
 * The standards of a file as the manifest writes them, from what was read for the whole file at once; collects
 * each distinct content to write (SHA-256 to the stored file holding it), in the order first named.
 *
 * @param usernames user names of the people named by id (assignees, proof authors)
 * @param documents waiver documents by standard number, newest first
 * @param proofFiles the stored files of the file's proofs, by id
 */
public record ManifestEntries(FileContents file, Map<UUID, String> usernames,
        Map<String, List<StandardComment>> comments, Map<String, List<HistoryEntry>> history,
        Map<String, List<Proof>> proofs, Map<String, List<StoredFile>> documents, Map<UUID, StoredFile> proofFiles,
        Map<String, UUID> contents) {

    public ManifestEntries(FileContents file, Map<UUID, String> usernames, Map<String, List<StandardComment>> comments,
            Map<String, List<HistoryEntry>> history, Map<String, List<Proof>> proofs,
            Map<String, List<StoredFile>> documents, Map<UUID, StoredFile> proofFiles) {
        this(file, usernames, comments, history, proofs, documents, proofFiles, new LinkedHashMap<>());
    }

    public Manifest.Standard standard(FileStandard s) {
        Manifest.Person assignee = s.assigneeId() == null ? null
                : new Manifest.Person(usernames.get(s.assigneeId()), file.nameOf(s.assigneeId()));
        return new Manifest.Standard(s.number(), s.level().name(), s.status().name(), assignee, s.dueDate(),
                s.notes(), s.request() == null ? null : s.request().name(), s.requestReason(), s.waiverMonths(),
                s.waivedUntil(),
                s.reasons().stream().map(reason -> new Manifest.Reason(reason.messageKey(),
                        reason.arguments().stream().map(String::valueOf).toList())).toList(),
                comments.getOrDefault(s.number(), List.of()).stream()
                        .map(c -> new Manifest.Comment(c.author(), c.at(), c.body())).toList(),
                history.getOrDefault(s.number(), List.of()).stream().map(h -> new Manifest.Event(h.actor(), h.at(),
                        h.action(), h.from() == null ? null : h.from().name(), h.to() == null ? null : h.to().name(),
                        h.note())).toList(),
                proofs.getOrDefault(s.number(), List.of()).stream().map(this::proof).toList(),
                documents.getOrDefault(s.number(), List.of()).stream().map(this::document).toList());
    }

    private Manifest.Proof proof(Proof p) {
        Manifest.Document content = p.storedFileId() == null ? null : document(proofFiles.get(p.storedFileId()));
        return new Manifest.Proof(p.id(), p.kind().name(), p.title(), p.note(), p.url(), p.documentDate(),
                p.cycleYear(), p.period(), p.lateExplanation(), p.createdBy() == null ? null
                        : usernames.get(p.createdBy()), p.createdByName(), p.createdAt(), content);
    }

    private Manifest.Document document(StoredFile stored) {
        contents.putIfAbsent(stored.sha256(), stored.id());
        return new Manifest.Document("files/" + stored.sha256(), stored.sha256(), stored.size(),
                stored.contentType(), stored.originalName());
    }
}
