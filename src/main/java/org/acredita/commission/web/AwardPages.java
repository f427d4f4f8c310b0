package org.acredita.commission.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.acredita.access.RefusalToPage;
import org.acredita.commission.Awards;
import org.acredita.commission.CommissionRecords;
import org.acredita.commission.ConditionLift;
import org.acredita.commission.NewStanding;
import org.acredita.commission.StandingChange;
import org.acredita.identity.AgencyGate;
import org.acredita.proofs.EvidenceLibrary;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agency's page before the Commission (hearing dates, decisions, awards with conditions and certificates; the
 * programme manager lifts conditions and records later decisions there) and a funded programme's awards.
 */
@Controller
class AwardPages {

    /** The later decisions a programme manager records; a lapse is the sweep's. */
    private static final List<StandingChange> DECIDED = List.of(StandingChange.SUSPENDED, StandingChange.REVOKED,
            StandingChange.REINSTATED);

    private final Awards awards;
    private final CommissionRecords records;
    private final AgencyGate gate;
    private final EvidenceLibrary evidence;
    private final java.time.Clock clock;

    AwardPages(Awards awards, CommissionRecords records, AgencyGate gate, EvidenceLibrary evidence,
            java.time.Clock clock) {
        this.clock = clock;
        this.awards = awards;
        this.records = records;
        this.gate = gate;
        this.evidence = evidence;
    }

    @GetMapping("/agencies/{id}/commission")
    String agency(@PathVariable("id") UUID agencyId, Model model) {
        var agency = gate.readable(agencyId);
        boolean mayDecide = awards.mayDecide() && gate.mayWrite(agency.id());
        model.addAttribute("agency", agency);
        model.addAttribute("appearances", records.appearances(agency.id()));
        model.addAttribute("awards", awards.of(agency.id()));
        model.addAttribute("mayDecide", mayDecide);
        model.addAttribute("documents", mayDecide ? evidence.choices(agency.id()) : List.of());
        model.addAttribute("changes", DECIDED);
        model.addAttribute("today", LocalDate.now(clock.withZone(agency.timeZone())));
        return "commission/agency";
    }

    @PostMapping("/agencies/{id}/commission/conditions/{conditionId}/lift")
    String lift(@PathVariable("id") UUID agencyId, @PathVariable("conditionId") UUID conditionId,
            @RequestParam(name = "note", required = false) String note,
            @RequestParam(name = "liftedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate liftedOn,
            @RequestParam(name = "evidenceDocumentId", required = false) UUID documentId, RedirectAttributes flash) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/commission", flash, "commission.condition.lifted",
                () -> awards.lift(conditionId, new ConditionLift(liftedOn, note, documentId)));
    }

    @PostMapping("/agencies/{id}/commission/awards/{awardId}/standing")
    String standing(@PathVariable("id") UUID agencyId, @PathVariable("awardId") UUID awardId,
            @RequestParam(name = "change", required = false) StandingChange change,
            @RequestParam(name = "decidedOn", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate decidedOn,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes flash) {
        return RefusalToPage.redirect("/agencies/" + agencyId + "/commission", flash, "commission.standing.recorded",
                () -> awards.decide(awardId, new NewStanding(change, decidedOn, reason)));
    }

    @GetMapping("/programmes/{id}/awards")
    String programme(@PathVariable("id") UUID programmeId, Model model) {
        model.addAttribute("programme", records.programme(programmeId));
        model.addAttribute("decisions", records.ofProgramme(programmeId));
        return "commission/programme";
    }
}
