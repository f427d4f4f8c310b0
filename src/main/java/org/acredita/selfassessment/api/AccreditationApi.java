package org.acredita.selfassessment.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileContents;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardAction;
import org.acredita.selfassessment.StandardComment;
import org.acredita.selfassessment.ProofTally;
import org.acredita.selfassessment.internal.StandardDetail;
import org.acredita.selfassessment.StandardWorkflow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.acredita.storage.StoredFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/** Accreditation files and the workflow of their standards. Another agency's file answers 404. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Self-assessment", description = "Accreditation files and their standards / Expedientes de acreditación")
class AccreditationApi {

    record FileJson(UUID id, String programme, UUID manualId, String tier) {

        static FileJson of(AccreditationFile file) {
            return new FileJson(file.id(), file.programme().name(), file.editionId(), file.tier());
        }
    }

    record StandardJson(String number, String title, String level, String status, UUID assignee, String assigneeName,
            LocalDate dueDate, boolean overdue, String applicabilityReason, String request, LocalDate waivedUntil,
            Map<Integer, Integer> proofCounts) {
    }

    record CommentJson(UUID id, Instant at, String author, String body) {

        static CommentJson of(StandardComment comment) {
            return new CommentJson(comment.id(), comment.at(), comment.author(), comment.body());
        }
    }

    record HistoryJson(Instant at, String actor, String action, String from, String to, String note) {
    }

    record DetailJson(StandardJson standard, String notes, List<String> allowedActions, List<CommentJson> comments,
            List<HistoryJson> history) {
    }

    record RepinRequest(UUID manualId, String tier) {
    }

    record ActionRequest(StandardAction action, String note, Integer months) {
    }

    record PlanRequest(UUID assignee, LocalDate dueDate, String notes) {
    }

    record AssignmentRequest(UUID assignee, LocalDate dueDate) {
    }

    record AssignmentJson(int assigned) {
    }

    record CommentRequest(String body) {
    }

    private final AccreditationFiles files;
    private final StandardWorkflow workflow;
    private final MessageSource messages;
    private final ObjectProvider<ProofTally> proofs;

    AccreditationApi(AccreditationFiles files, StandardWorkflow workflow, MessageSource messages,
            ObjectProvider<ProofTally> proofs) {
        this.proofs = proofs;
        this.files = files;
        this.workflow = workflow;
        this.messages = messages;
    }

    @GetMapping("/agencies/{id}/accreditation-files")
    @Operation(summary = "The agency's accreditation files: programme, pinned manual edition (manualId) and tier")
    List<FileJson> files(@PathVariable("id") UUID agencyId) {
        return files.of(agencyId).stream().map(FileJson::of).toList();
    }

    @PostMapping("/agencies/{id}/accreditation-files")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open the file of an agency already in self-assessment (accreditation body only); "
            + "files open by themselves when an agency enters self-assessment")
    FileJson open(@PathVariable("id") UUID agencyId) {
        return FileJson.of(files.open(agencyId));
    }

    @PutMapping("/accreditation-files/{fileId}")
    @Operation(summary = "Pin the file to another published edition or tier (accreditation body only) while "
            + "nobody has worked on it; the applicable standards are computed again")
    FileJson repin(@PathVariable("fileId") UUID fileId, @RequestBody RepinRequest request) {
        return FileJson.of(files.repin(fileId, request.manualId(), request.tier()));
    }

    @GetMapping("/accreditation-files/{fileId}/standards")
    @Operation(summary = "Every applicable standard in number order: level, status, assignee, due date and the "
            + "one-line applicability reason in the caller's language, and proofCounts: proofs of compliance per cycle "
            + "year (1-4)")
    List<StandardJson> standards(@PathVariable("fileId") UUID fileId) {
        FileContents contents = files.contents(fileId);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Map<Integer, Integer>> counts = tally(contents.file());
        return contents.standards().stream().map(standard -> json(standard, contents.nameOf(standard.assigneeId()),
                contents.today(), locale, counts)).toList();
    }

    @GetMapping("/accreditation-files/{fileId}/standards/{number}")
    @Operation(summary = "One standard of the file with its notes, the actions the caller may take, comments and "
            + "history (newest first)")
    DetailJson standard(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number) {
        StandardDetail detail = files.standard(fileId, number);
        FileStandard standard = detail.standard();
        return new DetailJson(json(standard, detail.nameOf(standard.assigneeId(), null), detail.today(),
                LocaleContextHolder.getLocale(), tally(detail.file())), standard.notes(),
                detail.actions().stream().map(Enum::name).toList(),
                detail.comments().stream().map(CommentJson::of).toList(),
                detail.history().stream().map(entry -> new HistoryJson(entry.at(),
                        detail.nameOf(entry.actorId(), entry.actor()), entry.action(),
                        entry.from() == null ? null : entry.from().name(), entry.to() == null ? null : entry.to().name(),
                        entry.note())).toList());
    }

    @PostMapping("/accreditation-files/{fileId}/standards/{number}/status")
    @Operation(summary = "Move the standard: START, SUBMIT (agency); APPROVE, RETURN with a note (advisors and "
            + "reviewers); REQUEST_NOT_APPLICABLE or REQUEST_WAIVER with a note (and months, 1-48) (agency); "
            + "ACCEPT_REQUEST, REJECT_REQUEST with a note (accreditation body)")
    StandardJson act(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestBody ActionRequest request) {
        workflow.act(fileId, number, request.action(), request.note(), request.months());
        return standard(fileId, number).standard();
    }

    @PutMapping("/accreditation-files/{fileId}/standards/{number}/plan")
    @Operation(summary = "Set assignee (one of the agency's people), due date and internal notes; absent values "
            + "clear them. Only the accreditation manager, chief executive and programme staff change assignee and "
            + "due date; agency staff may change the notes")
    StandardJson plan(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestBody PlanRequest request) {
        workflow.plan(fileId, number, request.assignee(), request.dueDate(), request.notes());
        return standard(fileId, number).standard();
    }

    @PostMapping("/accreditation-files/{fileId}/chapters/{chapter}/assignment")
    @Operation(summary = "Assign every standard of a chapter to one of the agency's people, with a due date")
    AssignmentJson assignChapter(@PathVariable("fileId") UUID fileId, @PathVariable("chapter") int chapter,
            @RequestBody AssignmentRequest request) {
        return new AssignmentJson(workflow.assignChapter(fileId, chapter, request.assignee(), request.dueDate()));
    }

    @PostMapping("/accreditation-files/{fileId}/standards/{number}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a comment to the standard's thread (agency, advisors, reviewers)")
    CommentJson comment(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestBody CommentRequest request) {
        return CommentJson.of(workflow.comment(fileId, number, request.body()));
    }

    record DocumentJson(UUID id, String name, String contentType, long size, String download) {
    }

    @PostMapping(path = "/accreditation-files/{fileId}/standards/{number}/waiver-documents",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a document (multipart field \"file\") to a pending or granted waiver (agency)")
    DocumentJson waiverDocument(@PathVariable("fileId") UUID fileId, @PathVariable("number") String number,
            @RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            StoredFile stored = workflow.addWaiverDocument(fileId, number, file.getOriginalFilename(), content);
            return new DocumentJson(stored.id(), stored.originalName(), stored.contentType(), stored.size(),
                    "/files/" + stored.id());
        }
    }

    /** Without the proofs module (a module test) every count is zero. */
    private Map<String, Map<Integer, Integer>> tally(AccreditationFile file) {
        ProofTally tally = proofs.getIfAvailable();
        return tally == null ? Map.of() : tally.perYear(file);
    }

    private StandardJson json(FileStandard standard, String assigneeName, LocalDate today, Locale locale,
            Map<String, Map<Integer, Integer>> counts) {
        Map<Integer, Integer> proofCounts = new LinkedHashMap<>();
        Map<Integer, Integer> known = counts.getOrDefault(standard.number(), Map.of());
        for (int year = 1; year <= 4; year++) {
            proofCounts.put(year, known.getOrDefault(year, 0));
        }
        return new StandardJson(standard.number(), locale.getLanguage().equals("en") && standard.title().en() != null
                ? standard.title().en() : standard.title().es(), standard.level().name(), standard.status().name(),
                standard.assigneeId(), assigneeName, standard.dueDate(), standard.overdueOn(today),
                String.join(" ", standard.reasons().stream().map(reason -> messages.getMessage(reason.messageKey(),
                        reason.arguments().toArray(), locale)).toList()),
                standard.request() == null ? null : standard.request().name(), standard.waivedUntil(), proofCounts);
    }
}
