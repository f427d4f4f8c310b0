package org.acredita.portability.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.acredita.access.RuleViolation;
import org.acredita.portability.internal.FileExports;
import org.acredita.portability.internal.FileImports;
import org.acredita.portability.internal.ImportedFile;
import org.acredita.portability.web.ExportDownload;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Export and import of whole accreditation files ({@code docs/accreditation-file-format.md}). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Portability", description = "Accreditation files as ZIP archives / Expedientes como archivos ZIP")
class PortabilityApi {

    record ImportJson(UUID fileId, UUID agencyId, int standards, int proofs, int documents, List<String> notes) {
    }

    private final FileExports exports;
    private final FileImports imports;
    private final MessageSource messages;

    PortabilityApi(FileExports exports, FileImports imports, MessageSource messages) {
        this.exports = exports;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/accreditation-files/{id}/export")
    @Operation(summary = "The whole accreditation file as a ZIP: manifest.json and files/<sha256> (streamed)")
    @ApiResponse(responseCode = "200", description = "The archive", content = @Content(mediaType = "application/zip"))
    @ApiResponse(responseCode = "403", description = "The caller only reads the agency (commissioner, funder)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such file, or another agency's",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<StreamingResponseBody> export(@PathVariable("id") UUID fileId) {
        return ExportDownload.of(exports, fileId);
    }

    @PostMapping(path = "/agencies/{id}/accreditation-files/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import an exported accreditation file for this agency (programme manager, administrator)",
            description = "All or nothing: every entry, size and SHA-256 is verified and the same edition must be "
                    + "published here; the agency must not have a file in that programme yet.")
    @ApiResponse(responseCode = "201", description = "Imported: the new file's id, counts and notes")
    @ApiResponse(responseCode = "403", description = "The caller is not the accreditation body's programme staff",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Nothing imported: 'errors' lists every problem with its place",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<ImportJson> importFile(@PathVariable("id") UUID agencyId,
            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw RuleViolation.onField("file", "portability.import.fileRequired");
        }
        ImportedFile imported;
        try (InputStream content = file.getInputStream()) {
            imported = imports.importFile(agencyId, content);
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String> notes = imported.notes().stream()
                .map(note -> messages.getMessage(note.messageKey(), note.argumentArray(), locale)).toList();
        return ResponseEntity.created(URI.create("/api/v1/accreditation-files/" + imported.fileId()))
                .body(new ImportJson(imported.fileId(), imported.agencyId(), imported.standards(), imported.proofs(),
                        imported.documents(), notes));
    }
}
