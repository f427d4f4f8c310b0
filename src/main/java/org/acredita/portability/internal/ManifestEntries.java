package org.acredita.portability.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.acredita.proofs.Proof;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardDetail;
import org.acredita.storage.StoredFile;

/** A standard of a file, with its thread, history, proofs and waiver documents, as the manifest writes it. */
public final class ManifestEntries {

    private ManifestEntries() {
    }

    /**
     * @param usernames user names of the people named by id (assignee, proof authors)
     * @param storedFile a stored file's description by id
     * @param contents where each distinct content to write is added (SHA-256 to stored file)
     */
    public static Manifest.Standard standard(StandardDetail detail, FileContents file, Map<UUID, String> usernames,
            List<Proof> proofs, Function<UUID, StoredFile> storedFile, Map<String, UUID> contents) {
        FileStandard s = detail.standard();
        Manifest.Person assignee = s.assigneeId() == null ? null
                : new Manifest.Person(usernames.get(s.assigneeId()), file.nameOf(s.assigneeId()));
        return new Manifest.Standard(s.number(), s.level().name(), s.status().name(), assignee, s.dueDate(),
                s.notes(), s.request() == null ? null : s.request().name(), s.requestReason(), s.waiverMonths(),
                s.waivedUntil(),
                s.reasons().stream().map(reason -> new Manifest.Reason(reason.messageKey(),
                        reason.arguments().stream().map(String::valueOf).toList())).toList(),
                detail.comments().stream().map(c -> new Manifest.Comment(c.author(), c.at(), c.body())).toList(),
                detail.history().stream().map(h -> new Manifest.Event(h.actor(), h.at(), h.action(),
                        h.from() == null ? null : h.from().name(), h.to() == null ? null : h.to().name(), h.note()))
                        .toList(),
                proofs.stream().map(p -> proof(p, usernames, storedFile, contents)).toList(),
                detail.waiverDocuments().stream().map(d -> document(d, contents)).toList());
    }

    private static Manifest.Proof proof(Proof p, Map<UUID, String> usernames, Function<UUID, StoredFile> storedFile,
            Map<String, UUID> contents) {
        Manifest.Document file = p.storedFileId() == null ? null : document(storedFile.apply(p.storedFileId()),
                contents);
        return new Manifest.Proof(p.id(), p.kind().name(), p.title(), p.note(), p.url(), p.documentDate(),
                p.cycleYear(), p.period(), p.lateExplanation(), p.createdBy() == null ? null
                        : usernames.get(p.createdBy()), p.createdByName(), p.createdAt(), file);
    }

    private static Manifest.Document document(StoredFile stored, Map<String, UUID> contents) {
        contents.putIfAbsent(stored.sha256(), stored.id());
        return new Manifest.Document("files/" + stored.sha256(), stored.sha256(), stored.size(),
                stored.contentType(), stored.originalName());
    }
}
