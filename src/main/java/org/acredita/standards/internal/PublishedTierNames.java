package org.acredita.standards.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.acredita.standards.Text;
import org.springframework.stereotype.Component;

/**
 * The tier names of published and retired editions, kept in memory like {@link PublishedDocuments}: the schema's
 * triggers refuse any change to an edition's tiers once it is no longer a draft, so every node may keep its own
 * copy. The file page and the standards' filters name a tier on every request; this saves them a query. At most
 * {@link #EDITIONS} editions (a few tiers each), the least recently read leaving first.
 */
@Component
public class PublishedTierNames {

    static final int EDITIONS = 64;

    private final Map<UUID, Map<String, Text>> names = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Map<String, Text>> eldest) {
            return size() > EDITIONS;
        }
    };

    /** The edition's tier names by code, in the manual's order, loaded once (outside the lock). */
    public Map<String, Text> get(UUID editionId, Function<UUID, Map<String, Text>> load) {
        synchronized (names) {
            Map<String, Text> kept = names.get(editionId);
            if (kept != null) {
                return kept;
            }
        }
        Map<String, Text> loaded = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(load.apply(editionId)));
        synchronized (names) {
            names.putIfAbsent(editionId, loaded);
        }
        return loaded;
    }

    /** Forgets an edition whose status moved, so nothing read while it was a draft outlives the change. */
    public void forget(UUID editionId) {
        synchronized (names) {
            names.remove(editionId);
        }
    }
}
