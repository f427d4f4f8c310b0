package org.acredita.assistance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.assistance.internal.AssistanceMode;
import org.acredita.assistance.internal.NewAssistanceSession;
import org.acredita.assistance.TechnicalAssistance;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An agency's assistance log with the record form, and the totals page. */
@Controller
class AssistancePages {

    private final TechnicalAssistance assistance;
    private final Organisations organisations;
    private final Clock clock;

    AssistancePages(TechnicalAssistance assistance, Organisations organisations, Clock clock) {
        this.assistance = assistance;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping("/agencies/{id}/assistance")
    String log(@PathVariable("id") UUID agencyId, Model model) {
        model.addAttribute("sessions", assistance.log(agencyId));
        Organisation agency = organisations.get(agencyId);
        model.addAttribute("agency", agency);
        model.addAttribute("canRecord", assistance.mayRecord(agencyId));
        model.addAttribute("today", LocalDate.now(clock.withZone(agency.timeZone())));
        return "assistance/log";
    }

    @PostMapping("/agencies/{id}/assistance")
    String record(@PathVariable("id") UUID agencyId,
            @RequestParam(name = "occurredOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
            @RequestParam(name = "mode", required = false) AssistanceMode mode,
            @RequestParam(name = "durationMinutes", required = false) Integer durationMinutes,
            @RequestParam(name = "coAdvisors", required = false) String coAdvisors,
            @RequestParam(name = "agencyParticipants", required = false) String agencyParticipants,
            @RequestParam(name = "topics", required = false) String topics,
            @RequestParam(name = "summary", required = false) String summary,
            @RequestParam(name = "followUp", required = false) String followUp,
            RedirectAttributes flash) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/assistance", flash, "assistance.recorded",
                () -> assistance.record(agencyId, new NewAssistanceSession(occurredOn, mode, durationMinutes,
                        coAdvisors, agencyParticipants, split(topics), summary, followUp)));
    }

    @GetMapping("/assistance")
    String totals(Model model) {
        model.addAttribute("totals", assistance.totals());
        return "assistance/totals";
    }

    /** The form takes topics as one field, separated by commas or spaces. */
    private static List<String> split(String topics) {
        return topics == null ? List.of() : Arrays.stream(topics.split("[,;\\s]+")).filter(t -> !t.isBlank()).toList();
    }
}
