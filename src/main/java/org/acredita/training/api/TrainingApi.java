package org.acredita.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.acredita.storage.StoredFile;
import org.acredita.training.Attendance;
import org.acredita.training.CertificateOfAttendance;
import org.acredita.training.NewAttendance;
import org.acredita.training.NewTrainingEvent;
import org.acredita.training.TrainedPeople;
import org.acredita.training.TrainingEvent;
import org.acredita.training.TrainingEvents;
import org.acredita.training.web.AttendanceCertificates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Training events of the caller's programmes, their attendance (the caller's agencies only), materials, certificates
 * of attendance and who of an agency is trained. Another agency's attendance answers 404.
 */
@RestController
@Tag(name = "Training", description = "Workshops, webinars and attendance / Talleres, seminarios web y asistencia")
class TrainingApi {

    /** An event with its materials and the attendance the caller sees. */
    record EventDetail(TrainingEvent event, List<Material> materials, List<Attendance> attendance) {
    }

    record Material(UUID id, String name, String contentType, long size, String href) {

        static Material of(StoredFile file) {
            return new Material(file.id(), file.originalName(), file.contentType(), file.size(),
                    "/api/v1/files/" + file.id() + "/content");
        }
    }

    private final TrainingEvents training;
    private final AttendanceCertificates rendering;

    TrainingApi(TrainingEvents training, AttendanceCertificates rendering) {
        this.training = training;
        this.rendering = rendering;
    }

    @GetMapping("/api/v1/training/events")
    @Operation(summary = "The training events of the caller's programmes (or of one), newest first, with the invited "
            + "agencies and the attendance counts of the agencies the caller sees")
    List<TrainingEvent> events(@RequestParam(name = "programmeId", required = false) UUID programmeId) {
        return training.events(programmeId);
    }

    @PostMapping("/api/v1/training/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an event (programme staff); the invited agencies must be in the programme")
    TrainingEvent create(@RequestBody NewTrainingEvent request) {
        return training.create(request);
    }

    @GetMapping("/api/v1/training/events/{id}")
    @Operation(summary = "An event with its materials and the attendance the caller sees")
    EventDetail event(@PathVariable("id") UUID id) {
        return new EventDetail(training.event(id), training.materials(id).stream().map(Material::of).toList(),
                training.attendance(id));
    }

    @PutMapping("/api/v1/training/events/{id}")
    @Operation(summary = "Change an event; the invitations listed replace those the caller may change")
    TrainingEvent update(@PathVariable("id") UUID id, @RequestBody NewTrainingEvent request) {
        return training.update(id, request);
    }

    @PostMapping(path = "/api/v1/training/events/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a material (multipart field 'file'; administrators and the programme manager)")
    Material attach(@PathVariable("id") UUID id, @RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return Material.of(training.attachMaterial(id, file.getOriginalFilename(), content));
        }
    }

    @PostMapping("/api/v1/training/events/{id}/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a person who attended: one of an invited agency's users (userId) or a person typed "
            + "in (fullName, position, agencyId), with the hours attended")
    Attendance attend(@PathVariable("id") UUID id, @RequestBody NewAttendance request) {
        return training.attend(id, request);
    }

    @DeleteMapping("/api/v1/training/events/{id}/attendance/{attendanceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take back an attendance recorded by mistake")
    void remove(@PathVariable("id") UUID id, @PathVariable("attendanceId") UUID attendanceId) {
        training.removeAttendance(id, attendanceId);
    }

    @GetMapping("/api/v1/training/attendance/{id}/certificate")
    @Operation(summary = "The certificate of attendance as PDF (lang=es|en)")
    ResponseEntity<byte[]> certificate(@PathVariable("id") UUID id,
            @RequestParam(name = "lang", defaultValue = "es") String lang, @ModelAttribute("ui") Object ui) {
        Locale locale = AttendanceCertificates.language(lang);
        CertificateOfAttendance certificate = training.certificate(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(rendering.fileName(certificate, locale), StandardCharsets.UTF_8).build().toString())
                .body(rendering.pdf(ui, certificate, locale));
    }

    @GetMapping("/api/v1/agencies/{id}/training")
    @Operation(summary = "Who of the agency is trained, course by course")
    TrainedPeople trained(@PathVariable("id") UUID agencyId) {
        return training.trainedAt(agencyId);
    }
}
