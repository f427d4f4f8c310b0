package org.acredita.standards.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.acredita.standards.format.ManualDocument;
import org.springframework.stereotype.Component;

/**
 * The whole documents of published and retired editions, kept in memory: their content never changes once published
 * (publishing and retiring only move the status; the schema's triggers refuse any other change), so every node may
 * keep its own copy without telling the others.
 * The review screen and the assessment report read the same edition on every request; loading 460 standards with
 * their elements and levels each time was most of their time. Drafts are never kept. At most {@link #EDITIONS}
 * editions, the least recently read leaving first.
 */
@Component
public class PublishedDocuments {

    static final int EDITIONS = 8;

    private final Map<UUID, ManualDocument> documents = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, ManualDocument> eldest) {
            return size() > EDITIONS;
        }
    };

    /** The edition's document, loaded once (outside the lock, so a slow load holds up no other reader). */
    public ManualDocument get(UUID editionId, Function<UUID, ManualDocument> load) {
        synchronized (documents) {
            ManualDocument kept = documents.get(editionId);
            if (kept != null) {
                return kept;
            }
        }
        ManualDocument loaded = load.apply(editionId);
        synchronized (documents) {
            documents.putIfAbsent(editionId, loaded);
        }
        return loaded;
    }

    /** Forgets an edition whose status moved, so nothing read while it was a draft outlives the change. */
    public void forget(UUID editionId) {
        synchronized (documents) {
            documents.remove(editionId);
        }
    }
}
