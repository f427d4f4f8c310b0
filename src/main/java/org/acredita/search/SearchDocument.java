package org.acredita.search;

import java.util.UUID;

/**
 * One searchable thing of an agency, as the module that owns it describes it: its kind (e.g.
 * "proof", "directive"), its id in that module, a title, the text to search and the page to open.
 */
public record SearchDocument(UUID agencyId, String kind, String sourceId, String title, String body, String link) {

    /** The longest text kept per document; longer texts are cut (the start of a document carries its subject). */
    public static final int MAX_BODY = 200_000;
}
