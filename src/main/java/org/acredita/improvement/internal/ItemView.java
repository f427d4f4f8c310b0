package org.acredita.improvement.internal;

import java.util.List;
import org.acredita.storage.StoredFile;

/** An item as shown: whether it is overdue today and its evidence of completion. */
public record ItemView(ImprovementItem item, boolean overdue, List<StoredFile> evidence) {

    public ItemView {
        evidence = List.copyOf(evidence);
    }
}
