package org.acredita.assessments.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.Verdicts;
import org.acredita.assessments.internal.SnapshotHash;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the assessment pages, each in one read-only transaction. */
@Service
class AssessmentViews {

    private final Assessments assessments;
    private final AgencyGate gate;
    private final Organisations organisations;
    private final Verdicts verdicts;

    AssessmentViews(Assessments assessments, AgencyGate gate, Organisations organisations, Verdicts verdicts) {
        this.verdicts = verdicts;
        this.assessments = assessments;
        this.gate = gate;
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public AssessmentList all() {
        List<Assessment> visible = assessments.visible();
        return new AssessmentList(null, visible, names(), false);
    }

    @Transactional(readOnly = true)
    public AssessmentList ofAgency(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        return new AssessmentList(agency, assessments.ofAgency(agency.id()), Map.of(agency.id(), agency.name()),
                !assessments.plannableKinds(agency.id()).isEmpty());
    }

    @Transactional(readOnly = true)
    public AssessmentView of(UUID id) {
        Assessment assessment = assessments.get(id);
        Organisation agency = gate.readable(assessment.agencyId());
        AssessmentStatus next = assessments.mayRun(assessment)
                ? org.acredita.assessments.internal.StatusRules.next(assessment.status())
                        .filter(status -> status != AssessmentStatus.REPORT_RELEASED).orElse(null) : null;
        if (!assessments.seesDetail(assessment)) {
            return new AssessmentView(agency, assessment, false, Map.of(), null, List.of(), false, null, false);
        }
        var standards = assessments.standards(id);
        boolean intact = assessment.snapshotHash() != null && assessment.snapshotHash().equals(
                SnapshotHash.of(assessment.id(), assessment.agencyId(), assessment.fileId(), standards));
        return new AssessmentView(agency, assessment, true, assessments.scope(id), assessments.coverage(id),
                standards, intact, next, verdicts.seesReview(assessment));
    }

    private Map<UUID, String> names() {
        return organisations.visible().stream().filter(Organisation::isAgency)
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a));
    }
}
