package org.acredita.assessments.oscal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Findings;
import org.acredita.assessments.TeamMember;
import org.acredita.assessments.internal.Visibility;
import org.acredita.assessments.oscal.OscalInput.Observed;
import org.acredita.assessments.oscal.OscalInput.ScopeLine;
import org.acredita.assessments.review.VerdictStore;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.standards.OscalControls;
import org.springframework.stereotype.Component;

/**
 * Gathers an assessment's OSCAL input for those who see its findings ({@link Visibility#seesFindings}: the programme
 * staff and the team; the agency and its advisors once the findings went to the agency), once it has started;
 * anyone else finds nothing. Verdicts are read here, not through {@code Verdicts} (the team's review screen), and
 * lose the team's note on the way in.
 */
@Component
class OscalSources {

    private final Assessments assessments;
    private final Findings findings;
    private final VerdictStore verdicts;
    private final AccreditationFiles files;
    private final OscalControls controls;
    private final Organisations organisations;
    private final Staff staff;

    OscalSources(Assessments assessments, Findings findings, VerdictStore verdicts, AccreditationFiles files,
            OscalControls controls, Organisations organisations, Staff staff) {
        this.assessments = assessments;
        this.findings = findings;
        this.verdicts = verdicts;
        this.files = files;
        this.controls = controls;
        this.organisations = organisations;
        this.staff = staff;
    }

    OscalInput gather(UUID assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        AccessScope scope = CurrentScope.get();
        if (!assessment.started() || !Visibility.seesFindings(scope, assessment.agencyId(), assessment.kind(),
                assessment.onTeam(scope.userId()), assessment.status())) {
            throw new NotFoundException();
        }
        List<ScopeLine> lines = verdicts.lines(assessment.id()).stream()
                .map(line -> new ScopeLine(line.number(), line.title())).toList();
        List<Observed> observed = new ArrayList<>();
        verdicts.current(assessment.id()).values().forEach(list -> list.forEach(v -> observed.add(new Observed(
                v.number(), v.element(), v.verdict(), v.reason(), v.commentToAgency(), v.reviewerId(),
                v.recordedAt()))));
        // In scope order (the store orders numbers as text: 1.10 before 1.2); a standard's own verdict first.
        Map<String, Integer> position = new HashMap<>();
        lines.forEach(line -> position.putIfAbsent(line.number(), position.size()));
        observed.sort(Comparator.comparing((Observed o) -> position.getOrDefault(o.number(), Integer.MAX_VALUE))
                .thenComparing(o -> o.element() == null ? "" : o.element()));
        List<Finding> found = findings.of(assessment.id()).stream()
                .filter(f -> f.state() != Finding.State.WITHDRAWN).toList();
        Set<UUID> people = new HashSet<>();
        assessment.team().stream().map(TeamMember::userId).forEach(people::add);
        observed.forEach(o -> people.add(o.reviewerId()));
        found.stream().filter(f -> f.action() != null).forEach(f -> people.add(f.action().ownerId()));
        people.remove(null);
        UUID editionId = files.file(assessment.fileId()).editionId();
        return new OscalInput(assessment, organisations.get(assessment.agencyId()), editionId, lines,
                controls.ids(editionId), observed, found, staff.named(people));
    }
}
