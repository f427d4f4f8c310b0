package org.acredita.storage;

import java.time.Instant;
import java.util.UUID;

/** A file some module keeps (a document, later a proof): who owns it and what it is. */
public record StoredFile(UUID id, UUID agencyId, String ownerType, String ownerId, String sha256, long size,
        String contentType, String originalName, UUID uploadedBy, Instant uploadedAt) {

    /** PDFs and images may be shown in the browser; everything else is downloaded. */
    public boolean previewable() {
        return "application/pdf".equals(contentType) || contentType.startsWith("image/png")
                || contentType.startsWith("image/jpeg") || contentType.startsWith("image/gif")
                || contentType.startsWith("image/webp");
    }
}
