package org.acredita.proofs.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.proofs.EvidenceKind;
import org.acredita.proofs.EvidenceLibrary;
import org.acredita.proofs.LibraryDocument;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agency's evidence library: its documents with where each is used, describing one and removing one no proof
 * uses. A document is linked as a proof through the standard's proofs ({@code POST …/proofs} with documentId).
 */
@RestController
@RequestMapping("/api/v1/agencies/{agencyId}/evidence")
@Tag(name = "Evidence library", description = "Biblioteca de evidencias / Evidence library")
class EvidenceApi {

    private final EvidenceLibrary library;

    EvidenceApi(EvidenceLibrary library) {
        this.library = library;
    }

    record UseJson(UUID proofId, UUID fileId, String number, int cycleYear, Integer period, String proof) {

        static UseJson of(LibraryDocument.Use use) {
            return new UseJson(use.proofId(), use.fileId(), use.number(), use.cycleYear(), use.period(),
                    "/api/v1/accreditation-files/" + use.fileId() + "/standards/" + use.number() + "/proofs/"
                            + use.proofId());
        }
    }

    record DocumentJson(UUID id, String title, LocalDate documentDate, String kind, String contentType, Long size,
            String sha256, String createdBy, Instant createdAt, String content, List<UseJson> uses) {

        static DocumentJson of(LibraryDocument document) {
            return new DocumentJson(document.id(), document.title(), document.documentDate(), document.kind().name(),
                    document.contentType(), document.size(), document.sha256(), document.createdByName(),
                    document.createdAt(), "/api/v1/files/" + document.storedFileId() + "/content",
                    document.uses().stream().map(UseJson::of).toList());
        }
    }

    record DescriptionRequest(String title, LocalDate documentDate, EvidenceKind kind) {
    }

    @GetMapping
    @Operation(summary = "The agency's library documents, newest first, each with the proofs (standard, cycle year, "
            + "period) that use it; 404 for an agency the caller does not reach")
    List<DocumentJson> list(@PathVariable("agencyId") UUID agencyId) {
        return library.documents(agencyId).stream().map(DocumentJson::of).toList();
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "One library document with where it is used")
    DocumentJson one(@PathVariable("agencyId") UUID agencyId, @PathVariable("documentId") UUID documentId) {
        return DocumentJson.of(library.document(agencyId, documentId));
    }

    @PutMapping("/{documentId}")
    @Operation(summary = "Describe a document: title, documentDate, kind (TRAINING_RECORD, INSPECTION, REPORT, LOG, "
            + "CORRESPONDENCE, PHOTOGRAPH, OTHER); proofs already given keep their own date")
    DocumentJson describe(@PathVariable("agencyId") UUID agencyId, @PathVariable("documentId") UUID documentId,
            @RequestBody DescriptionRequest request) {
        library.describe(agencyId, documentId, request.title(), request.documentDate(), request.kind());
        return one(agencyId, documentId);
    }

    @DeleteMapping("/{documentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a document no proof uses (the agency's managers); 400 while a proof uses it. The "
            + "file store's clean-up may then collect its content")
    void remove(@PathVariable("agencyId") UUID agencyId, @PathVariable("documentId") UUID documentId) {
        library.remove(agencyId, documentId);
    }
}
