package org.acredita.assessments.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.Role;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Phase;
import org.acredita.agencies.TransitionRequest;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.AssessmentReports;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.ReportContent;
import org.acredita.assessments.NewAssessment;
import org.acredita.assessments.ScopeMode;
import org.acredita.assessments.TeamRole;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.standards.AccreditationProgramme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's assessments, made through the services so the lifecycle, snapshot and audit are real: the police
 * had a mock assessment by its advisor and a remote file review by the assessor (both closed, reports released),
 * then its site-based assessment started ({@link DemoSiteVisit}; its findings and report follow in later seeds);
 * the C5 is in a remote file review now with the assessor {@code evaluador} on the team; the academy is ready for
 * review.
 */
@Component
class DemoAssessments implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

    private final Assessments assessments;
    private final AgencyLifecycle lifecycle;
    private final Organisations organisations;
    private final Staff staff;
    private final AccreditationFiles files;
    private final Clock clock;
    private final AssessmentReports reports;
    private final DemoSiteVisit siteBased;

    DemoAssessments(DemoSiteVisit siteBased, AssessmentReports reports, Assessments assessments, AgencyLifecycle lifecycle, Organisations organisations, Staff staff,
            AccreditationFiles files, Clock clock) {
        this.siteBased = siteBased;
        this.reports = reports;
        this.files = files;
        this.assessments = assessments;
        this.lifecycle = lifecycle;
        this.organisations = organisations;
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "assessments.reviews";
    }

    /** The police file with its proofs and directives, and every other agency's demo work, come first. */
    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people", "agencies.lifecycles", "selfassessment.police-file",
                "proofs.police-file", "proofs.programme-files", "directives.police", "readiness.assessments");
    }

    @Override
    public void seed() {
        if (!assessments.visible().isEmpty()) {
            return;
        }
        Organisation police = organisations.agencyNamed("Querétaro").orElse(null);
        Organisation c5 = organisations.agencyNamed("C5").orElse(null);
        Organisation academy = organisations.agencyNamed("Academia").orElse(null);
        UUID advisor = person(Role.ADVISOR, "Miguel Ángel Torres");
        UUID assessor = person(Role.ASSESSOR, "Daniel Brooks");
        if (police == null || c5 == null || academy == null || advisor == null || assessor == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Mexico_City")));
        Assessment mock = assessments.plan(police.id(), new NewAssessment(null, AssessmentKind.MOCK_ASSESSMENT,
                today.minusDays(75), today.minusDays(61), ScopeMode.SAMPLE, 40, 20260915L, List.of(),
                List.of(new NewAssessment.TeamChoice(advisor, TeamRole.ADVISOR, List.of()))));
        runToClosed(mock.id(), new ReportContent.Narrative("""
                La institución cuenta con directivas vigentes y firmadas para la mayoría de las normas de la muestra; \
                el registro de capacitación está al día y las pruebas anuales están completas.""", "", """
                Completar las pruebas de las normas sensibles al tiempo antes de declararse lista para la revisión; \
                vincular a cada norma la sección de directiva que la cumple.""", ""));
        step(police, AccreditationProgramme.LAW_ENFORCEMENT, Phase.READY_FOR_REVIEW, null);
        Assessment review = assessments.plan(police.id(), new NewAssessment(null, AssessmentKind.REMOTE_FILE_REVIEW,
                today.minusDays(45), today.minusDays(20), ScopeMode.SAMPLE, 50, 20261020L, List.of(),
                List.of(new NewAssessment.TeamChoice(assessor, TeamRole.ASSESSOR, List.of()))));
        runToClosed(review.id(), new ReportContent.Narrative("""
                Directivas claras y bien organizadas por capítulo; el expediente muestra supervisión constante y \
                pruebas fechadas dentro de cada año del ciclo.""", """
                Clear directives organised by chapter; the file shows steady supervision and proofs dated within \
                each year of the cycle.""", """
                Atender las normas devueltas con pruebas del periodo vigente antes de la evaluación en sitio.""", """
                Address the returned standards with proofs from the current period before the site-based \
                assessment."""));
        siteBased.seed(police, today);

        step(c5, AccreditationProgramme.COMMUNICATIONS, Phase.SELF_ASSESSMENT, null);
        // The file opens when the transition commits; this seed's one transaction needs it now.
        if (files.of(c5.id()).isEmpty()) {
            files.open(c5.id());
        }
        step(c5, AccreditationProgramme.COMMUNICATIONS, Phase.MOCK_ASSESSMENT, null);
        step(c5, AccreditationProgramme.COMMUNICATIONS, Phase.READY_FOR_REVIEW, null);
        Assessment current = assessments.plan(c5.id(), new NewAssessment(null, AssessmentKind.REMOTE_FILE_REVIEW,
                today.minusDays(3), today.plusDays(25), ScopeMode.ALL, null, null, List.of(),
                List.of(new NewAssessment.TeamChoice(assessor, TeamRole.ASSESSOR, List.of()))));
        assessments.start(current.id());

        readyForReview(academy, today);
        log.info("Evaluaciones de demostración creadas / Demo assessments seeded");
    }

    /** Runs an assessment through to closed, its report written and released on the way. */
    private void runToClosed(UUID id, ReportContent.Narrative narrative) {
        assessments.start(id);
        assessments.advance(id, AssessmentStatus.FINDINGS_TO_AGENCY);
        assessments.advance(id, AssessmentStatus.REPORT_DRAFTING);
        reports.saveNarrative(id, narrative);
        reports.release(id);
        assessments.advance(id, AssessmentStatus.CLOSED);
    }

    /**
     * The academy signed its agreement nine months ago, worked its file and, after its advisors' mock assessment,
     * declared itself ready: the accreditation body has still to plan its remote file review.
     */
    private void readyForReview(Organisation academy, LocalDate today) {
        lifecycle.transition(academy.id(), AccreditationProgramme.TRAINING_ACADEMY,
                new TransitionRequest(Phase.COMMITTED, null, today.minusMonths(9), null, null));
        step(academy, AccreditationProgramme.TRAINING_ACADEMY, Phase.READINESS_ASSESSMENT, null);
        step(academy, AccreditationProgramme.TRAINING_ACADEMY, Phase.SELF_ASSESSMENT, null);
        if (files.of(academy.id()).isEmpty()) {
            files.open(academy.id());
        }
        step(academy, AccreditationProgramme.TRAINING_ACADEMY, Phase.MOCK_ASSESSMENT, null);
        step(academy, AccreditationProgramme.TRAINING_ACADEMY, Phase.READY_FOR_REVIEW, null);
    }

    private void step(Organisation agency, AccreditationProgramme programme, Phase to, String reason) {
        lifecycle.transition(agency.id(), programme, TransitionRequest.to(to, reason));
    }

    private UUID person(Role role, String name) {
        return staff.holding(role).stream().filter(m -> m.displayName().equals(name)).map(StaffMember::id)
                .findFirst().orElse(null);
    }
}
