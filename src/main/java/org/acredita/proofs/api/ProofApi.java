package org.acredita.proofs.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.access.RuleViolation;
import org.acredita.proofs.Proof;
import org.acredita.proofs.internal.ProofInput;
import org.acredita.proofs.ProofKind;
import org.acredita.proofs.ProofSlot;
import org.acredita.proofs.ProofSubmissions;
import org.acredita.proofs.internal.ProofUpload;
import org.acredita.proofs.Proofs;
import org.acredita.proofs.internal.StandardProofs;
import org.acredita.storage.FileTooLargeException;
import org.acredita.storage.StorageLimits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Proofs of compliance of a standard in an accreditation file: list, give (a file as a raw body or a multipart form,
 * a note, a link), explain, remove.
 */
@RestController
@RequestMapping("/api/v1/accreditation-files/{fileId}/standards/{number}/proofs")
@Tag(name = "Proofs of compliance", description = "Pruebas de cumplimiento / Proofs of compliance")
class ProofApi {

    private final Proofs proofs;
    private final ProofSubmissions submissions;
    private final StorageLimits limits;

    ProofApi(Proofs proofs, ProofSubmissions submissions, StorageLimits limits) {
        this.proofs = proofs;
        this.submissions = submissions;
        this.limits = limits;
    }

    record ProofJson(UUID id, String kind, String title, LocalDate documentDate, int cycleYear, Integer period,
            String contentType, Long size, String sha256, String note, String url, boolean late,
            String lateExplanation, boolean textIndexed, String createdBy, Instant createdAt, String content) {

        static ProofJson of(Proof proof, boolean late) {
            return new ProofJson(proof.id(), proof.kind().name(), proof.title(), proof.documentDate(),
                    proof.cycleYear(), proof.period(), proof.contentType(), proof.size(), proof.sha256(), proof.note(),
                    proof.url(), late, proof.lateExplanation(), proof.textIndexed(), proof.createdByName(),
                    proof.createdAt(), proof.storedFileId() == null ? null
                            : "/api/v1/accreditation-files/" + proof.fileId() + "/standards/" + proof.number()
                                    + "/proofs/" + proof.id() + "/content");
        }
    }

    record SlotJson(int year, Integer period, int lastYear, LocalDate from, LocalDate to, String state,
            List<UUID> proofs) {

        static SlotJson of(ProofSlot slot) {
            return new SlotJson(slot.year(), slot.period(), slot.lastYear(), slot.from(), slot.to(),
                    slot.state().name(), slot.proofs().stream().map(Proof::id).toList());
        }
    }

    record YearJson(int year, LocalDate from, LocalDate to, List<ProofJson> proofs, List<SlotJson> slots) {
    }

    record StandardProofsJson(String number, String frequency, LocalDate cycleStart, int currentYear,
            List<YearJson> years) {
    }

    record EntryRequest(ProofKind kind, LocalDate documentDate, Integer cycleYear, Integer period, String title,
            String note, String url, String lateExplanation, UUID documentId) {
    }

    record ExplanationRequest(String lateExplanation) {
    }

    @GetMapping
    @Operation(summary = "The standard's proofs in the four cycle years, with the slots a time-sensitive standard "
            + "expects (PROVEN, LATE, MISSING, DUE, UPCOMING)")
    StandardProofsJson list(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number) {
        StandardProofs shown = proofs.ofStandard(fileId, number);
        return new StandardProofsJson(number, shown.frequency() == null ? null : shown.frequency().name(),
                shown.cycleStart(), shown.currentYear(), shown.years().stream()
                        .map(year -> new YearJson(year.year().year(), year.year().from(), year.year().to(),
                                year.proofs().stream().map(proof -> ProofJson.of(proof, shown.isLate(proof))).toList(),
                                year.slots().stream().map(SlotJson::of).toList()))
                        .toList());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a file as a proof (multipart: file, documentDate, cycleYear 1-4, optional period, "
            + "title, lateExplanation). 201 for a new proof; 200 with the earlier proof when the same file was "
            + "already given for this standard and year (a retry). 413 beyond the size limit; 400 for a type "
            + "outside the allow-list")
    ResponseEntity<ProofJson> upload(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "documentDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate documentDate, @RequestParam(name = "cycleYear", required = false) Integer cycleYear,
            @RequestParam(name = "period", required = false) Integer period,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "lateExplanation", required = false) String lateExplanation) throws IOException {
        if (file == null || file.isEmpty()) {
            throw RuleViolation.onField("file", "proofs.file.required");
        }
        ProofUpload upload;
        try (InputStream content = file.getInputStream()) {
            upload = submissions.addFile(fileId, number, new ProofInput(documentDate, cycleYear, period, title, null,
                    null, lateExplanation), file.getOriginalFilename(), content);
        }
        return respond(upload.proof(), upload.created());
    }

    /**
     * The file is the request's body, streamed into the store while it is hashed: no multipart parsing and no
     * spool file, so each byte is written once. The name is the last path segment; the declared
     * {@code Content-Type} is the client's guess and is not kept: the type is sniffed from the bytes.
     */
    @PutMapping("/{name}")
    @Operation(summary = "Upload a file as a proof, the file being the request body (any Content-Type; the type is "
            + "sniffed from the bytes) and its name the last path segment; documentDate, cycleYear 1-4, optional "
            + "period, title and lateExplanation as query parameters. 201 for a new proof; 200 with the earlier "
            + "proof when the same file was already given for this standard and year (a retry). 413 beyond the "
            + "size limit (refused before reading when Content-Length says so); 400 for a type outside the "
            + "allow-list (judged from the first bytes, nothing stored)")
    ResponseEntity<ProofJson> put(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @PathVariable("name") String name,
            @RequestParam(name = "documentDate", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate documentDate, @RequestParam(name = "cycleYear", required = false) Integer cycleYear,
            @RequestParam(name = "period", required = false) Integer period,
            @RequestParam(name = "title", required = false) String title,
            @RequestParam(name = "lateExplanation", required = false) String lateExplanation,
            HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared == 0) {
            throw RuleViolation.onField("file", "proofs.file.required");
        }
        if (declared > limits.maxBytes()) {
            throw new FileTooLargeException(limits.maxBytes());
        }
        ProofUpload upload;
        try (InputStream content = request.getInputStream()) {
            upload = submissions.addFile(fileId, number, new ProofInput(documentDate, cycleYear, period, title, null,
                    null, lateExplanation), name, content);
        }
        return respond(upload.proof(), upload.created());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give a NOTE (title, note) or a LINK (title, url, optional note) as a proof, or link a "
            + "document of the agency's evidence library (documentId, cycleYear, optional period, title, "
            + "lateExplanation; kind FILE or left out): the proof takes the document's date under the same rules as "
            + "an upload, nothing is uploaded again. 201 for a new proof; 200 with the earlier proof when the "
            + "document already proves this standard and year; 404 for a document that is not the agency's")
    ResponseEntity<ProofJson> entry(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestBody EntryRequest request) {
        if (request.documentId() != null && (request.kind() == null || request.kind() == ProofKind.FILE)) {
            ProofUpload linked = submissions.linkDocument(fileId, number, request.documentId(), new ProofInput(null,
                    request.cycleYear(), request.period(), request.title(), null, null, request.lateExplanation()));
            return respond(linked.proof(), linked.created());
        }
        Proof proof = submissions.addEntry(fileId, number, request.kind(), new ProofInput(request.documentDate(),
                request.cycleYear(), request.period(), request.title(), request.note(), request.url(),
                request.lateExplanation()));
        return respond(proof, true);
    }

    @GetMapping("/{proofId}")
    @Operation(summary = "One proof")
    ProofJson one(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @PathVariable("proofId") UUID proofId) {
        Proof proof = proofs.proof(fileId, number, proofId);
        return ProofJson.of(proof, proofs.late(proof));
    }

    @PutMapping("/{proofId}/late-explanation")
    @Operation(summary = "Say why a proof came after its period (blank clears it)")
    ProofJson explain(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @PathVariable("proofId") UUID proofId, @RequestBody ExplanationRequest request) {
        submissions.explainLate(fileId, number, proofId, request.lateExplanation());
        return one(fileId, number, proofId);
    }

    @DeleteMapping("/{proofId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a proof (its author or the accreditation manager) while the standard is not under "
            + "review or in compliance")
    void remove(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @PathVariable("proofId") UUID proofId) {
        submissions.remove(fileId, number, proofId);
    }

    private ResponseEntity<ProofJson> respond(Proof proof, boolean created) {
        ProofJson json = ProofJson.of(proof, proofs.late(proof));
        URI location = URI.create("/api/v1/accreditation-files/" + proof.fileId() + "/standards/" + proof.number()
                + "/proofs/" + proof.id());
        return (created ? ResponseEntity.created(location) : ResponseEntity.ok().location(location)).body(json);
    }
}
