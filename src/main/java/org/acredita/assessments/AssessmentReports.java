package org.acredita.assessments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.ReportContent.Narrative;
import org.acredita.assessments.internal.AssessmentStore;
import org.acredita.assessments.internal.Visibility;
import org.acredita.assessments.report.ReportAssembler;
import org.acredita.assessments.report.ReportStore;
import org.acredita.audit.AuditTrail;
import org.acredita.programmes.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment report in versions (v1, v2 …). The team leader writes the narrative of the open draft and releases
 * it; releasing freezes everything the version shows. The team and the body's programme staff read drafts; the
 * agency, its advisors, commissioners and funders read released versions only (a body's assessment; a mock
 * assessment's report stays with the agency and its advisors); anyone else finds nothing.
 */
@Service
public class AssessmentReports {

    private static final int MAX_NARRATIVE = 20_000;

    private final Assessments assessments;
    private final AssessmentStore assessmentStore;
    private final ReportStore store;
    private final ReportAssembler assembler;
    private final AuditTrail audit;
    private final Programmes programmes;
    private final Clock clock;

    AssessmentReports(Assessments assessments, AssessmentStore assessmentStore, ReportStore store,
            ReportAssembler assembler, Programmes programmes, AuditTrail audit, Clock clock) {
        this.programmes = programmes;
        this.assessments = assessments;
        this.assessmentStore = assessmentStore;
        this.store = store;
        this.assembler = assembler;
        this.audit = audit;
        this.clock = clock;
    }

    /** The versions the caller may read, first to last (a draft last, with its content gathered now). */
    @Transactional(readOnly = true)
    public List<ReportVersion> versions(UUID assessmentId) {
        Assessment assessment = readable(assessmentId);
        boolean drafts = readsDrafts(assessment);
        List<ReportVersion> versions = new ArrayList<>();
        for (ReportStore.Row row : store.versions(assessment.id())) {
            if (row.releasedAt() != null) {
                versions.add(new ReportVersion(assessment.id(), row.version(), row.releasedAt(), row.content()));
            } else if (drafts) {
                versions.add(new ReportVersion(assessment.id(), row.version(), null,
                        assembler.assemble(assessment, row.narrative())));
            }
        }
        return versions;
    }

    /**
     * One version; without a number, the latest released one (or, for those who read drafts, the draft while
     * nothing is released). Not found when the caller may not read it.
     */
    @Transactional(readOnly = true)
    public ReportVersion version(UUID assessmentId, Integer number) {
        List<ReportVersion> versions = versions(assessmentId);
        if (number != null) {
            return versions.stream().filter(v -> v.version() == number).findFirst()
                    .orElseThrow(NotFoundException::new);
        }
        return versions.stream().filter(ReportVersion::released).reduce((a, b) -> b)
                .or(() -> versions.stream().reduce((a, b) -> b)).orElseThrow(NotFoundException::new);
    }

    /** The assessment, for those who may read its report (released versions at least); else not found. */
    @Transactional(readOnly = true)
    public Assessment assessment(UUID assessmentId) {
        return readable(assessmentId);
    }

    /** Whether the caller may see the assessment's report at all (to offer the link). */
    @Transactional(readOnly = true)
    public boolean anyReadable(UUID assessmentId) {
        try {
            return !versions(assessmentId).isEmpty();
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Whether the caller writes and releases the report: the team leader (any team member without one), the staff. */
    public boolean mayWrite(Assessment assessment) {
        AccessScope scope = CurrentScope.get();
        if (assessments.visibility(assessment) != Visibility.FULL || !assessments.mayRun(assessment)) {
            return false;
        }
        if (scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER)) {
            return true;
        }
        boolean hasLeader = assessment.team().stream().anyMatch(m -> m.role() == TeamRole.TEAM_LEADER);
        return assessment.team().stream().anyMatch(m -> m.userId().equals(scope.userId())
                && (m.role() == TeamRole.TEAM_LEADER || !hasLeader));
    }

    /** Whether a draft can be written now: once the findings went to the agency, and after a release (next version). */
    public static boolean drafting(AssessmentStatus status) {
        return status == AssessmentStatus.FINDINGS_TO_AGENCY || status == AssessmentStatus.REPORT_DRAFTING
                || status == AssessmentStatus.REPORT_RELEASED;
    }

    /** Saves the narrative of the open draft, opening the next version when none is open. */
    @Transactional
    public ReportVersion saveNarrative(UUID assessmentId, Narrative narrative) {
        Assessment assessment = writable(assessmentId);
        for (String text : List.of(narrative.strengthsEs(), narrative.strengthsEn(), narrative.recommendationsEs(),
                narrative.recommendationsEn())) {
            if (text.length() > MAX_NARRATIVE) {
                throw RuleViolation.onField("narrative", "assessments.report.narrativeTooLong", MAX_NARRATIVE);
            }
        }
        boolean opened = store.openDraft(assessment.id(), assessment.agencyId(), narrative,
                CurrentScope.get().userId());
        store.saveNarrative(assessment.id(), narrative);
        int version = store.draft(assessment.id()).orElseThrow().version();
        audit.record(opened ? "ASSESSMENT_REPORT_DRAFTED" : "ASSESSMENT_REPORT_EDITED", "assessment",
                assessment.id().toString(), assessment.agencyId(), "v" + version);
        return version(assessment.id(), version);
    }

    /**
     * Releases the open draft: its content is gathered and frozen; the first release moves the assessment from
     * report drafting to report released.
     */
    @Transactional
    public ReportVersion release(UUID assessmentId) {
        Assessment assessment = writable(assessmentId);
        if (assessment.status() == AssessmentStatus.FINDINGS_TO_AGENCY) {
            throw RuleViolation.onField("status", "assessments.report.notDrafting");
        }
        ReportStore.Row draft = store.draft(assessment.id())
                .orElseThrow(() -> RuleViolation.onField("narrative", "assessments.report.noDraft"));
        Narrative narrative = draft.narrative();
        if (narrative.strengthsEs().isEmpty() && narrative.strengthsEn().isEmpty()
                || narrative.recommendationsEs().isEmpty() && narrative.recommendationsEn().isEmpty()) {
            throw RuleViolation.onField("narrative", "assessments.report.narrativeRequired");
        }
        ReportContent content = assembler.assemble(assessment, narrative);
        if (!store.release(assessment.id(), draft.version(), content, clock.instant(), CurrentScope.get().userId())) {
            throw RuleViolation.onField("narrative", "assessments.report.noDraft");
        }
        if (assessment.status() == AssessmentStatus.REPORT_DRAFTING) {
            if (!assessmentStore.moveStatus(assessment.id(), AssessmentStatus.REPORT_DRAFTING,
                    AssessmentStatus.REPORT_RELEASED)) {
                throw RuleViolation.onField("status", "assessments.status.notNext");
            }
            audit.record("ASSESSMENT_STATUS_CHANGED", "assessment", assessment.id().toString(),
                    assessment.agencyId(), AssessmentStatus.REPORT_DRAFTING + " → " + AssessmentStatus.REPORT_RELEASED);
        }
        audit.record("ASSESSMENT_REPORT_RELEASED", "assessment", assessment.id().toString(), assessment.agencyId(),
                "v" + draft.version() + " · " + content.findings().size());
        return version(assessment.id(), draft.version());
    }

    private Assessment readable(UUID assessmentId) {
        Assessment assessment = assessments.find(assessmentId);
        if (!readsReleased(assessment)) {
            throw new NotFoundException();
        }
        return assessment;
    }

    private Assessment writable(UUID assessmentId) {
        Assessment assessment = readable(assessmentId);
        if (!readsDrafts(assessment)) {
            throw new NotFoundException();
        }
        if (!mayWrite(assessment)) {
            throw new ForbiddenException();
        }
        if (!drafting(assessment.status())) {
            throw RuleViolation.onField("status", "assessments.report.notDrafting");
        }
        return assessment;
    }

    private boolean readsDrafts(Assessment assessment) {
        return assessments.visibility(assessment) == Visibility.FULL;
    }

    private boolean readsReleased(Assessment assessment) {
        if (assessments.visibility(assessment) != Visibility.NONE) {
            return true;
        }
        AccessScope scope = CurrentScope.get();
        if (assessment.kind() == AssessmentKind.MOCK_ASSESSMENT || !scope.canRead(assessment.agencyId())) {
            return false;
        }
        return scope.hasAnyRole(Role.COMMISSIONER) || scope.hasAnyRole(Role.FUNDER_OFFICER) && fundedBy(
                assessment.agencyId(), scope.organisationId());
    }

    /** Whether the agency is in a programme the funder pays for: a funder reads its own programmes' reports. */
    private boolean fundedBy(UUID agencyId, UUID funderId) {
        return programmes.membershipsOf(agencyId).stream()
                .anyMatch(member -> funderId != null && funderId.equals(programmes.get(member.programmeId()).funderId()));
    }
}
