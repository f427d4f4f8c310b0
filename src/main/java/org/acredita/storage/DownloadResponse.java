package org.acredita.storage;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every authorised download answers, whichever module serves it: an attachment (inline only for PDFs and
 * images when asked), never sniffed, sandboxed, and not cached by shared caches.
 */
public final class DownloadResponse {

    private DownloadResponse() {
    }

    public static ResponseEntity<InputStreamResource> of(FileDownload download, boolean inline) {
        StoredFile file = download.file();
        ContentDisposition disposition = (inline && file.previewable() ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(file.originalName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(download.content()));
    }
}
