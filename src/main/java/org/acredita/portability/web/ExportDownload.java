package org.acredita.portability.web;

import java.util.UUID;
import org.acredita.portability.internal.ExportedFile;
import org.acredita.portability.internal.FileExports;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The ZIP of a file as a download, for the page and the API alike. */
public final class ExportDownload {

    private ExportDownload() {
    }

    /**
     * Checks and reads the file in the request, then streams the archive; the body runs on another thread, and the
     * caller's scope goes with it (identity's ScopeCarriedToAsyncWork, for every streamed body).
     */
    public static ResponseEntity<StreamingResponseBody> of(FileExports exports, UUID fileId) {
        ExportedFile export = exports.prepare(fileId);
        StreamingResponseBody body = out -> exports.write(export, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(body);
    }
}
