package org.acredita.proofs.web;

import java.util.UUID;
import org.acredita.access.NotFoundException;
import org.acredita.proofs.PdfPageImages;
import org.acredita.proofs.Proof;
import org.acredita.proofs.Proofs;
import org.springframework.stereotype.Component;

/** A page of a PDF proof of the live file as a PNG, after the proof's own checks. */
@Component
class PdfPreview {

    private final Proofs proofs;
    private final PdfPageImages pages;

    PdfPreview(Proofs proofs, PdfPageImages pages) {
        this.proofs = proofs;
        this.pages = pages;
    }

    byte[] render(UUID fileId, String number, UUID proofId, int page) {
        Proof proof = proofs.proof(fileId, number, proofId);
        if (!proof.pdf() || !pages.previewable(proof.contentType(), proof.size()) || page < 1) {
            throw new NotFoundException();
        }
        return pages.render(proofs.content(fileId, number, proofId), page);
    }
}
