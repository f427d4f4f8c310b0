package org.acredita.assessments.findings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.acredita.access.NotFoundException;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Finding.State;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.PeopleNames;
import org.acredita.proofs.Proof;
import org.acredita.proofs.FileProofs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the findings pages, each in one read-only transaction. */
@Service
class FindingViews {

    private final FindingWork findings;
    private final Assessments assessments;
    private final AgencyGate gate;
    private final PeopleNames names;
    private final FileProofs proofs;
    private final Clock clock;

    FindingViews(FindingWork findings, Assessments assessments, AgencyGate gate, PeopleNames names, FileProofs proofs,
            Clock clock) {
        this.findings = findings;
        this.assessments = assessments;
        this.gate = gate;
        this.names = names;
        this.proofs = proofs;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FindingList list(UUID assessmentId, State state) {
        List<Finding> all = findings.of(assessmentId);
        Assessment assessment = assessments.get(assessmentId);
        Map<State, Long> counts = new EnumMap<>(State.class);
        all.forEach(f -> counts.merge(f.state(), 1L, Long::sum));
        return new FindingList(gate.readable(assessment.agencyId()), assessment,
                all.stream().filter(f -> state == null || f.state() == state).toList(), state, counts,
                today(assessment));
    }

    @Transactional(readOnly = true)
    public FindingView finding(UUID assessmentId, UUID findingId) {
        Finding finding = findings.finding(assessmentId, findingId);
        Assessment assessment = assessments.get(assessmentId);
        Organisation agency = gate.readable(assessment.agencyId());
        var history = findings.history(assessmentId, findingId);
        var actions = findings.actions(assessmentId, findingId);
        List<UUID> people = new ArrayList<>(history.stream().map(Finding.Step::actorId).filter(Objects::nonNull)
                .toList());
        boolean answers = findings.mayAnswer(assessment);
        List<Proof> liveProofs = List.of();
        if (answers || actions.stream().anyMatch(a -> !a.proofIds().isEmpty())) {
            liveProofs = liveProofs(assessment, finding.standardNumber());
        }
        return new FindingView(agency, assessment, finding, history, actions, names.of(people), answers,
                findings.mayReview(assessment), answers ? findings.owners(assessment) : List.of(), liveProofs,
                today(assessment));
    }

    /** The proofs of the finding's standard in the agency's live file, which a corrective action may cite. */
    private List<Proof> liveProofs(Assessment assessment, String number) {
        try {
            return proofs.of(assessment.fileId()).stream().filter(p -> p.number().equals(number)).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private LocalDate today(Assessment assessment) {
        // Due dates are calendar days in the programme's calendar, as the reminders count them.
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("America/Mexico_City")));
    }
}
