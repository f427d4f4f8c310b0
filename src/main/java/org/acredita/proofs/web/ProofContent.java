package org.acredita.proofs.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.acredita.proofs.Proofs;
import org.acredita.storage.DownloadResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Streams a proof's file, authorised per request through its file and standard (another agency's proof is not
 * found), and the preview of a PDF's pages as images, which the strict page policy can show inline.
 */
@RestController
@Tag(name = "Proofs of compliance", description = "Pruebas de cumplimiento / Proofs of compliance")
class ProofContent {

    private final Proofs proofs;
    private final PdfPreview previews;

    ProofContent(Proofs proofs, PdfPreview previews) {
        this.proofs = proofs;
        this.previews = previews;
    }

    @GetMapping({"/accreditation-files/{fileId}/standards/{number}/proofs/{proofId}/content",
            "/api/v1/accreditation-files/{fileId}/standards/{number}/proofs/{proofId}/content"})
    @Operation(summary = "Stream a proof's file (inline=true shows PDFs and images in the browser); 404 for "
            + "another agency's proof or a note or link")
    ResponseEntity<InputStreamResource> content(@PathVariable("fileId") UUID fileId,
            @PathVariable("number") String number, @PathVariable("proofId") UUID proofId,
            @RequestParam(name = "inline", defaultValue = "false") boolean inline) {
        return DownloadResponse.of(proofs.content(fileId, number, proofId), inline);
    }

    @GetMapping(path = "/accreditation-files/{fileId}/standards/{number}/proofs/{proofId}/pages/{page}",
            produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> page(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @PathVariable("proofId") UUID proofId, @PathVariable("page") int page) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(previews.render(fileId, number, proofId, page));
    }
}
