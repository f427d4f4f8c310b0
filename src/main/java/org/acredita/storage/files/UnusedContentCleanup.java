package org.acredita.storage.files;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.acredita.storage.ContentKeepers;
import org.springframework.beans.factory.ObjectProvider;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.audit.AuditTrail;
import org.acredita.storage.internal.FileStore;
import org.acredita.storage.config.StorageProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what refused, interrupted or superseded uploads leave behind once the grace period has passed: content
 * in the file store that no stored-file row refers to, and temporary upload files. Safe on every node at once:
 * each node clears its own temporary files; content is judged and deleted in batches, each in a transaction
 * holding the contents lock exclusively ({@link StoredFileRepository#tryLockContents()}), skipped when another
 * node is at it, while every recording of a file holds the same lock shared and checks its content is there.
 * See docs/decisions/0011-unreferenced-content.md.
 */
@Component
public class UnusedContentCleanup {

    /** What one run removed; {@code skipped} when another node was cleaning. */
    public record Outcome(int contents, int temporaryFiles, boolean skipped) {
    }

    private static final Logger log = LoggerFactory.getLogger(UnusedContentCleanup.class);
    private static final int BATCH = 500;

    private final FileStore store;
    private final StoredFileRepository files;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final StorageProperties properties;
    private final ObjectProvider<ContentKeepers> keepers;

    UnusedContentCleanup(FileStore store, StoredFileRepository files, AuditTrail audit,
            TransactionTemplate transactions, Clock clock, StorageProperties properties,
            ObjectProvider<ContentKeepers> keepers) {
        this.keepers = keepers;
        this.store = store;
        this.files = files;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(cron = "${acredita.storage.cleanup.cron:0 41 3 * * *}")
    public Outcome run() {
        Instant cutoff = clock.instant().minus(properties.cleanup().grace());
        int temporary = store.deleteTemporaryFilesOlderThan(cutoff);
        List<String> old = new ArrayList<>();
        store.forEachContent(content -> {
            if (content.storedAt().isBefore(cutoff)) {
                old.add(content.sha256());
            }
        });
        int removed = 0;
        for (int from = 0; from < old.size(); from += BATCH) {
            List<String> batch = old.subList(from, Math.min(old.size(), from + BATCH));
            Integer deleted = CurrentScope.runAs(AccessScope.SYSTEM,
                    () -> transactions.execute(status -> deleteUnreferenced(batch)));
            if (deleted == null || deleted < 0) {
                return new Outcome(removed, temporary, true);
            }
            removed += deleted;
        }
        if (removed > 0 || temporary > 0) {
            log.info("Contenido sin uso eliminado / unused content removed: {}; archivos temporales / temporary "
                    + "files: {}", removed, temporary);
        }
        return new Outcome(removed, temporary, false);
    }

    private int deleteUnreferenced(List<String> candidates) {
        if (!files.tryLockContents()) {
            return -1;
        }
        java.util.Set<String> referenced = new java.util.HashSet<>(files.referenced(candidates));
        keepers.orderedStream().forEach(keeper -> referenced.addAll(keeper.kept(candidates)));
        List<String> unused = candidates.stream().filter(sha256 -> !referenced.contains(sha256)).toList();
        unused.forEach(store::delete);
        if (!unused.isEmpty()) {
            audit.record("STORAGE_CLEANED", "file-store", null, null, unused.size() + " · " + String.join(", ",
                    unused.subList(0, Math.min(unused.size(), 20))) + (unused.size() > 20 ? ", …" : ""));
        }
        return unused.size();
    }
}
