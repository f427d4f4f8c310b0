package org.acredita.directives.suggestions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.acredita.standards.EditionStatus;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.springframework.stereotype.Component;

/**
 * The suggestion index of each edition. A published or retired edition never changes, so its index is built once per
 * node from the edition's document (which standards keeps in memory) and kept, at most {@value #KEPT}; a draft's is
 * built for each request.
 */
@Component
class ManualIndexes {

    private static final int KEPT = 8;

    private final Manuals manuals;
    private final Map<UUID, ManualIndex> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, ManualIndex> eldest) {
            return size() > KEPT;
        }
    };

    ManualIndexes(Manuals manuals) {
        this.manuals = manuals;
    }

    ManualIndex of(ManualEdition edition) {
        if (edition.status() == EditionStatus.DRAFT) {
            return ManualIndex.of(manuals.document(edition.id()));
        }
        synchronized (kept) {
            ManualIndex index = kept.get(edition.id());
            if (index == null) {
                index = ManualIndex.of(manuals.document(edition.id()));
                kept.put(edition.id(), index);
            }
            return index;
        }
    }
}
