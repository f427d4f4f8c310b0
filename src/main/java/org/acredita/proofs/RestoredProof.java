package org.acredita.proofs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A proof as another Acredita instance kept it, for a standard of a file restored here.
 *
 * @param createdBy the person here who gave it, or null when they are not here (the name stays)
 * @param sha256    for a FILE proof, the SHA-256 its bytes must have
 */
public record RestoredProof(UUID fileId, String number, ProofKind kind, String title, String note, String url,
        LocalDate documentDate, int cycleYear, Integer period, String lateExplanation, UUID createdBy,
        String createdByName, Instant createdAt, String sha256) {
}
