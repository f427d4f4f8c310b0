package org.acredita.training.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.acredita.access.CurrentScope;
import org.acredita.access.RefusalToPage;
import org.acredita.access.RuleViolation;
import org.acredita.programmes.Member;
import org.acredita.programmes.Programme;
import org.acredita.programmes.Programmes;
import org.acredita.training.Audience;
import org.acredita.training.CertificateOfAttendance;
import org.acredita.training.EventFormat;
import org.acredita.training.NewAttendance;
import org.acredita.training.NewTrainingEvent;
import org.acredita.training.TrainingEvent;
import org.acredita.training.TrainingEvents;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A programme's training events with the form for a new one, an event's page, and who of an agency is trained. */
@Controller
class TrainingPages {

    private final TrainingEvents training;
    private final Programmes programmes;
    private final AttendanceCertificates rendering;

    TrainingPages(TrainingEvents training, Programmes programmes, AttendanceCertificates rendering) {
        this.training = training;
        this.programmes = programmes;
        this.rendering = rendering;
    }

    @GetMapping("/programmes/{id}/training")
    String events(@PathVariable("id") UUID programmeId, Model model) {
        Programme programme = programmes.get(programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("events", training.events(programme.id()));
        model.addAttribute("canCreate", training.mayCreate());
        model.addAttribute("agencies", invitable(programme));
        return "training/events";
    }

    @PostMapping("/programmes/{id}/training")
    String create(@PathVariable("id") UUID programmeId, EventForm form, RedirectAttributes flash) {
        try {
            TrainingEvent created = training.create(form.request(programmeId));
            flash.addFlashAttribute("success", "training.event.created");
            return "redirect:/training/events/" + created.id();
        } catch (RuleViolation violation) {
            RefusalToPage.refuse(flash, violation);
            return "redirect:/programmes/" + programmeId + "/training";
        }
    }

    @GetMapping("/training/events/{id}")
    String event(@PathVariable("id") UUID eventId, Model model) {
        TrainingEvent event = training.event(eventId);
        Programme programme = programmes.get(event.programmeId());
        boolean mayEdit = training.mayEdit(event);
        model.addAttribute("event", event);
        model.addAttribute("programme", programme);
        model.addAttribute("attendance", training.attendance(event.id()));
        model.addAttribute("materials", training.materials(event.id()));
        model.addAttribute("canEdit", mayEdit);
        model.addAttribute("canAttach", training.mayAttachMaterials(event));
        model.addAttribute("agencies", mayEdit ? invitable(programme) : List.of());
        model.addAttribute("recordable", training.recordable(event));
        model.addAttribute("held", training.held(event));
        return "training/event";
    }

    @PostMapping("/training/events/{id}")
    String update(@PathVariable("id") UUID eventId, EventForm form, RedirectAttributes flash) {
        UUID programmeId = training.event(eventId).programmeId();
        return RefusalToPage.redirect("/training/events/" + eventId, flash, "training.event.updated",
                () -> training.update(eventId, form.request(programmeId)));
    }

    @PostMapping("/training/events/{id}/attendance")
    String attend(@PathVariable("id") UUID eventId,
            @RequestParam(name = "userId", required = false) UUID userId,
            @RequestParam(name = "agencyId", required = false) UUID agencyId,
            @RequestParam(name = "fullName", required = false) String fullName,
            @RequestParam(name = "position", required = false) String position,
            @RequestParam(name = "hours", required = false) BigDecimal hours, RedirectAttributes flash) {
        return RefusalToPage.redirect("/training/events/" + eventId + "#attendance", flash,
                "training.attendance.recorded",
                () -> training.attend(eventId, new NewAttendance(userId, agencyId, fullName, position, hours)));
    }

    @PostMapping("/training/events/{id}/attendance/{attendanceId}/remove")
    String remove(@PathVariable("id") UUID eventId, @PathVariable("attendanceId") UUID attendanceId,
            RedirectAttributes flash) {
        training.removeAttendance(eventId, attendanceId);
        flash.addFlashAttribute("success", "training.attendance.removed");
        return "redirect:/training/events/" + eventId + "#attendance";
    }

    @PostMapping("/training/events/{id}/materials")
    String attach(@PathVariable("id") UUID eventId, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash) {
        return RefusalToPage.redirect("/training/events/" + eventId + "#materials", flash, "training.material.added",
                () -> {
                    if (file == null || file.isEmpty()) {
                        throw RuleViolation.onField("file", "storage.file.required");
                    }
                    try (InputStream content = file.getInputStream()) {
                        training.attachMaterial(eventId, file.getOriginalFilename(), content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @GetMapping("/training/attendance/{id}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable("id") UUID attendanceId,
            @RequestParam(name = "lang", required = false) String lang, @ModelAttribute("ui") Object ui) {
        Locale locale = AttendanceCertificates.language(lang);
        CertificateOfAttendance certificate = training.certificate(attendanceId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(rendering.fileName(certificate, locale), StandardCharsets.UTF_8).build().toString())
                .body(rendering.pdf(ui, certificate, locale));
    }

    @GetMapping("/agencies/{id}/training")
    String agency(@PathVariable("id") UUID agencyId, Model model) {
        model.addAttribute("trained", training.trainedAt(agencyId));
        return "training/agency";
    }

    /** The programme's agencies the caller may invite (those they may change). */
    private List<Member> invitable(Programme programme) {
        var scope = CurrentScope.get();
        return programmes.members(programme).stream().filter(m -> scope.canWrite(m.agencyId())).toList();
    }

    /** The event form's fields as posted. */
    record EventForm(String topic, EventFormat format, List<Audience> audiences,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn, BigDecimal durationHours, String place,
            String link, String trainers, String description, List<UUID> invitedAgencyIds) {

        NewTrainingEvent request(UUID programmeId) {
            return new NewTrainingEvent(programmeId, topic, format, audiences, heldOn, durationHours, place, link,
                    trainers, description, invitedAgencyIds);
        }
    }
}
