package org.acredita.proofs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One proof of compliance of a standard in a file.
 *
 * @param documentDate the date of the document or event it shows, not when it was uploaded
 * @param cycleYear    the year of the four-year cycle it proves (1-4)
 * @param period       the period of that year a time-sensitive proof covers (1 = first quarter...), else null
 * @param storedFileId the stored file of a FILE proof, with its SHA-256, type and size
 * @param textIndexed  whether the file's words are searchable (very large files are found by title only)
 */
public record Proof(UUID id, UUID fileId, UUID agencyId, String number, ProofKind kind, String title,
        UUID storedFileId, String sha256, String contentType, Long size, String note, String url,
        LocalDate documentDate, int cycleYear, Integer period, String lateExplanation, boolean textIndexed,
        UUID createdBy, String createdByName, Instant createdAt) {

    /** PDFs and images are shown on the page; other files are downloaded. */
    public boolean previewable() {
        return contentType != null && (contentType.equals("application/pdf") || contentType.equals("image/png")
                || contentType.equals("image/jpeg") || contentType.equals("image/gif")
                || contentType.equals("image/webp"));
    }

    public boolean image() {
        return contentType != null && contentType.startsWith("image/") && previewable();
    }

    public boolean pdf() {
        return "application/pdf".equals(contentType);
    }
}
