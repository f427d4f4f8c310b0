package org.acredita.storage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.acredita.storage.StoredFiles;
import org.acredita.storage.DownloadResponse;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Streams a stored file after checking the caller may read it; a foreign file answers 404. Served as
 * an attachment (inline only for PDFs and images when asked), never sniffed, and sandboxed.
 */
@RestController
@Tag(name = "Files", description = "Authorised downloads / Descargas autorizadas")
class FileDownloads {

    private final StoredFiles files;

    FileDownloads(StoredFiles files) {
        this.files = files;
    }

    @GetMapping({"/files/{id}", "/api/v1/files/{id}/content"})
    @Operation(summary = "Download a stored file (404 when it belongs to another agency)")
    ResponseEntity<InputStreamResource> download(@PathVariable("id") UUID id,
            @RequestParam(name = "inline", defaultValue = "false") boolean inline) {
        return DownloadResponse.of(files.open(id), inline);
    }
}
