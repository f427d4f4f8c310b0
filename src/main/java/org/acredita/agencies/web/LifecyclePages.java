package org.acredita.agencies.web;

import java.time.Clock;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.agencies.AgencyAttention;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.AgencyMilestones;
import org.acredita.agencies.Enrolment;
import org.acredita.agencies.internal.NewAttachment;
import org.acredita.agencies.internal.TimelineEntry;
import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.agencies.internal.TransitionRefused;
import org.acredita.agencies.TransitionRequest;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.PeopleNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's lifecycle page: enrolments, deadlines, the next step form and the history. */
@Controller
class LifecyclePages {

    private final AgencyLifecycle lifecycle;
    private final Organisations organisations;
    private final Clock clock;
    private final PeopleNames people;
    private final ObjectProvider<AgencyAttention> attention;
    private final ObjectProvider<AgencyMilestones> milestones;

    LifecyclePages(AgencyLifecycle lifecycle, Organisations organisations, Clock clock, PeopleNames people,
            ObjectProvider<AgencyAttention> attention, ObjectProvider<AgencyMilestones> milestones) {
        this.milestones = milestones;
        this.attention = attention;
        this.lifecycle = lifecycle;
        this.organisations = organisations;
        this.clock = clock;
        this.people = people;
    }

    @GetMapping("/agencies/{id}")
    String show(@PathVariable("id") UUID agencyId, Model model) {
        List<Enrolment> enrolments = lifecycle.enrolments(agencyId);
        Organisation agency = organisations.get(agencyId);
        LocalDate today = LocalDate.now(clock.withZone(agency.timeZone()));
        model.addAttribute("agency", agency);
        model.addAttribute("cards", enrolments.stream().map(e -> new EnrolmentCard(e,
                e.phase().isFinal() ? List.of() : lifecycle.nextFor(e),
                e.selfAssessmentDeadline() == null ? null : ChronoUnit.DAYS.between(today, e.selfAssessmentDeadline())))
                .toList());
        List<TimelineEntry> timeline = lifecycle.timeline(agencyId);
        model.addAttribute("timeline", timeline);
        model.addAttribute("people", people.of(timeline.stream().map(TimelineEntry::actorId)
                .filter(java.util.Objects::nonNull).distinct().toList()));
        model.addAttribute("attachments", lifecycle.attachments(agencyId));
        model.addAttribute("milestones", milestones.orderedStream().flatMap(source -> source.of(agency.id()).stream())
                .sorted(java.util.Comparator.comparing(AgencyMilestones.Milestone::on).reversed()).toList());
        model.addAttribute("programmes", Arrays.stream(AccreditationProgramme.values())
                .filter(p -> enrolments.stream().noneMatch(e -> e.programme() == p && !e.phase().isFinal())).toList());
        model.addAttribute("canEnrol", lifecycle.mayEnrol(agencyId));
        model.addAttribute("attention", attention.orderedStream().flatMap(source -> source.at(agency.id(), today)
                .stream()).toList());
        return "agencies/lifecycle";
    }

    @PostMapping("/agencies/{id}/enrolments")
    String enrol(@PathVariable("id") UUID agencyId, @RequestParam(name = "programme", required = false)
            AccreditationProgramme programme, RedirectAttributes flash) {
        return RefusalToPage.redirect("/agencies/" + agencyId, flash, "agencies.enrolled",
                () -> lifecycle.enrol(agencyId, programme));
    }

    @PostMapping("/agencies/{id}/transitions")
    String transition(@PathVariable("id") UUID agencyId,
            @RequestParam(name = "programme", required = false) AccreditationProgramme programme,
            @RequestParam(name = "to", required = false) Phase to,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "date", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(name = "attachment", required = false) List<MultipartFile> files,
            RedirectAttributes flash) throws IOException {
        List<NewAttachment> attachments = new java.util.ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (!file.isEmpty()) {
                attachments.add(new NewAttachment(file.getOriginalFilename(), file.getInputStream()));
            }
        }
        try {
            return RefusalToPage.redirect("/agencies/" + agencyId, flash, "agencies.transition.done", () -> {
                Enrolment moved = lifecycle.transition(agencyId, programme, new TransitionRequest(to, reason,
                        to == Phase.COMMITTED ? date : null, to == Phase.HEARING_SCHEDULED ? date : null,
                        to == Phase.ACCREDITED || to == Phase.ACCREDITED_WITH_CONDITIONS || to == Phase.REACCREDITED
                                ? date : null), attachments);
                flash.addFlashAttribute("successArgs", new Object[] {new DefaultMessageSourceResolvable(
                        "agencies.phase." + moved.phase())});
            });
        } catch (TransitionRefused refused) {
            flash.addFlashAttribute("unmet", refused.unmet());
            RefusalToPage.keepInput(flash);
            return "redirect:/agencies/" + agencyId;
        }
    }
}
