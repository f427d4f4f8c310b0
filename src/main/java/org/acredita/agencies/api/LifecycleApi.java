package org.acredita.agencies.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Enrolment;
import org.acredita.agencies.internal.Lifecycle;
import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.agencies.internal.NewAttachment;
import org.acredita.storage.StoredFile;
import org.acredita.agencies.TransitionRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** An agency's enrolments, its lifecycle transitions and its timeline. Another agency answers 404. */
@RestController
@RequestMapping("/api/v1/agencies/{id}")
@Tag(name = "Agency lifecycle", description = "Enrolment to award / De la inscripción a la acreditación")
class LifecycleApi {

    record EnrolmentView(UUID id, String programme, String phase, LocalDate agreementDate,
            LocalDate selfAssessmentDeadline, int extensionMonths, LocalDate hearingDate, LocalDate awardDate,
            LocalDate awardExpires, List<String> next) {

        static EnrolmentView of(Enrolment enrolment) {
            return new EnrolmentView(enrolment.id(), enrolment.programme().name(), enrolment.phase().name(),
                    enrolment.agreementDate(), enrolment.selfAssessmentDeadline(), enrolment.extensionMonths(),
                    enrolment.hearingDate(), enrolment.awardDate(), enrolment.awardExpires(),
                    Lifecycle.next(enrolment.phase()).stream().map(Enum::name).toList());
        }
    }

    record NewEnrolment(AccreditationProgramme programme) {
    }

    record Transition(Phase to, AccreditationProgramme programme, String reason, LocalDate agreementDate,
            LocalDate hearingDate, LocalDate awardDate) {
    }

    record Extension(AccreditationProgramme programme, int months, String reason) {
    }

    private final AgencyLifecycle lifecycle;

    LifecycleApi(AgencyLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @GetMapping("/enrolments")
    @Operation(summary = "The agency's enrolments with phase, deadlines and the phases that may follow")
    List<EnrolmentView> enrolments(@PathVariable("id") UUID agencyId) {
        return lifecycle.enrolments(agencyId).stream().map(EnrolmentView::of).toList();
    }

    @PostMapping("/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol the agency in a programme as a candidate")
    EnrolmentView enrol(@PathVariable("id") UUID agencyId, @RequestBody NewEnrolment request) {
        return EnrolmentView.of(lifecycle.enrol(agencyId, request.programme()));
    }

    @PostMapping("/transitions")
    @Operation(summary = "Move the agency to another phase; 409 names every requirement that is not met")
    EnrolmentView transition(@PathVariable("id") UUID agencyId, @RequestBody Transition request) {
        return EnrolmentView.of(lifecycle.transition(agencyId, request.programme(), new TransitionRequest(request.to(),
                request.reason(), request.agreementDate(), request.hearingDate(), request.awardDate())));
    }

    @PostMapping("/deadline-extensions")
    @Operation(summary = "Extend the self-assessment deadline, with a reason")
    EnrolmentView extend(@PathVariable("id") UUID agencyId, @RequestBody Extension request) {
        return EnrolmentView.of(lifecycle.extendDeadline(agencyId, request.programme(), request.months(),
                request.reason()));
    }

    record AttachmentView(UUID id, String name, String contentType, long size, String download) {

        static AttachmentView of(StoredFile file) {
            return new AttachmentView(file.id(), file.originalName(), file.contentType(), file.size(),
                    "/api/v1/files/" + file.id() + "/content");
        }
    }

    record TimelineView(long id, AccreditationProgramme programme, Phase from, Phase to, java.time.Instant occurredAt,
            String actorName, String reason, LocalDate recordedDate, List<AttachmentView> attachments) {
    }

    @GetMapping("/timeline")
    @Operation(summary = "Every transition, newest first: who, when, why, and the documents kept with it")
    List<TimelineView> timeline(@PathVariable("id") UUID agencyId) {
        var attachments = lifecycle.attachments(agencyId);
        return lifecycle.timeline(agencyId).stream().map(e -> new TimelineView(e.id(), e.programme(), e.from(), e.to(),
                e.occurredAt(), e.actorName(), e.reason(), e.recordedDate(),
                attachments.getOrDefault(e.id(), List.of()).stream().map(AttachmentView::of).toList())).toList();
    }

    @PostMapping(path = "/timeline/{entryId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Keep a document with a step of the timeline (multipart field \"file\"); by whoever "
            + "recorded the step or the programme's staff")
    AttachmentView attach(@PathVariable("id") UUID agencyId, @PathVariable("entryId") long entryId,
            @RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return AttachmentView.of(lifecycle.attach(agencyId, entryId,
                    new NewAttachment(file.getOriginalFilename(), content)));
        }
    }
}
