package org.acredita.storage;

import org.acredita.storage.internal.StoredContent;
import java.util.UUID;

/**
 * An upload that {@link StoredFiles#receive} took in whole, checked (size, type sniffed from the bytes) and put
 * into the file store, but that nobody owns yet: {@link StoredFiles#record} or {@link StoredFiles#recordOnce}
 * gives it an owner in a short transaction. Made only by the storage module, so its content is known to be
 * admitted.
 */
public final class ReceivedFile {

    private final UUID agencyId;
    private final String name;
    private final StoredContent content;

    ReceivedFile(UUID agencyId, String name, StoredContent content) {
        this.agencyId = agencyId;
        this.name = name;
        this.content = content;
    }

    /** The agency the file will belong to; null for a file of the whole programme. */
    public UUID agencyId() {
        return agencyId;
    }

    /** The uploader's file name, cleaned and matched to the sniffed type. */
    public String name() {
        return name;
    }

    public StoredContent content() {
        return content;
    }

    public String sha256() {
        return content.sha256();
    }

    public long size() {
        return content.size();
    }

    /** The type sniffed from the bytes. */
    public String contentType() {
        return content.contentType();
    }
}
