package org.acredita.proofs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A document of an agency's evidence library: stored once, proof of as many standards and cycle years as it
 * shows, and kept while the library holds it even when no proof uses it any more.
 *
 * @param storedFileId the library's own stored file (downloads go through {@code /files/{id}})
 * @param uses         the proofs that show it, in standard and year order
 */
public record LibraryDocument(UUID id, UUID agencyId, String title, LocalDate documentDate, EvidenceKind kind,
        UUID storedFileId, String sha256, String contentType, Long size, String createdByName, Instant createdAt,
        List<Use> uses) {

    /**
     * One proof that shows the document: which file, standard, cycle year and period.
     *
     * @param title the standard's title, when read (null straight from the repository)
     * @param month the first day of a monthly period, named by its month on pages; null for other periods
     */
    public record Use(UUID proofId, UUID fileId, String number, org.acredita.standards.Text title, int cycleYear,
            Integer period, LocalDate month) {
    }

    public boolean used() {
        return !uses.isEmpty();
    }

    /** PDFs and images open in the browser; other files are downloaded. */
    public boolean previewable() {
        return contentType != null && (contentType.equals("application/pdf") || contentType.equals("image/png")
                || contentType.equals("image/jpeg") || contentType.equals("image/gif")
                || contentType.equals("image/webp"));
    }
}
