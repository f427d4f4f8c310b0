package org.acredita.assessments.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Findings;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.assessments.Verdict;
import org.acredita.assessments.VerdictRecorded;
import org.acredita.assessments.findings.FindingWork;
import org.acredita.database.DemoSeed;
import org.acredita.identity.ActingAs;
import org.acredita.identity.Organisations;
import org.acredita.proofs.FileProofs;
import org.acredita.proofs.Proof;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three findings of the demo police force, made as the people would make them: the assessor's verdicts (published
 * as the review screen publishes them), the accreditation manager's corrective actions and the assessor's
 * verification. One is closed, one has its corrective action under review, one is open. They sit on the police's
 * closed remote file review until the demo has its site-based assessment.
 */
@Component
class DemoFindings implements DemoSeed {

    private final Assessments assessments;
    private final Findings findings;
    private final FindingWork work;
    private final Organisations organisations;
    private final FileProofs proofs;
    private final ActingAs actingAs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoFindings(Assessments assessments, Findings findings, FindingWork work, Organisations organisations,
            FileProofs proofs, ActingAs actingAs, ApplicationEventPublisher events, TransactionTemplate transactions,
            Clock clock) {
        this.assessments = assessments;
        this.findings = findings;
        this.work = work;
        this.organisations = organisations;
        this.proofs = proofs;
        this.actingAs = actingAs;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "assessments.findings";
    }

    @Override
    public Set<String> after() {
        return Set.of("assessments.reviews");
    }

    /** Each step runs as its person, in a transaction of its own. */
    @Override
    public boolean inOneTransaction() {
        return false;
    }

    @Override
    public void seed() {
        UUID police = organisations.agencyNamed("Querétaro").map(o -> o.id()).orElse(null);
        if (police == null) {
            return;
        }
        Assessment review = CurrentScope.runAs(AccessScope.SEEDING, () -> transactions.execute(status ->
                assessments.ofAgency(police).stream().filter(a -> a.kind() != AssessmentKind.MOCK_ASSESSMENT)
                        .sorted(Comparator.comparing(a -> a.kind() == AssessmentKind.SITE_BASED_ASSESSMENT ? 0 : 1))
                        .filter(a -> a.status().compareTo(AssessmentStatus.FINDINGS_TO_AGENCY) >= 0)
                        .findFirst().orElse(null)));
        if (review == null || CurrentScope.runAs(AccessScope.SEEDING,
                () -> transactions.execute(status -> !findings.of(review.id()).isEmpty()))) {
            return;
        }
        List<SnapshotStandard> standards = CurrentScope.runAs(AccessScope.SEEDING,
                () -> transactions.execute(status -> assessments.standards(review.id())));
        List<Proof> live = CurrentScope.runAs(AccessScope.SEEDING,
                () -> transactions.execute(status -> proofs.of(review.fileId())));
        List<SnapshotStandard> chosen = standards.stream()
                .sorted(Comparator.comparing((SnapshotStandard s) -> s.proofs().isEmpty() ? 1 : 0)).limit(3).toList();
        if (chosen.size() < 3) {
            return;
        }
        AccessScope assessor = actingAs.scopeOf("evaluador");
        AccessScope manager = actingAs.scopeOf("gerente.policia");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Mexico_City")));

        SnapshotStandard closed = chosen.get(0);
        UUID closedId = open(review, closed, assessor, "La directiva que atiende la norma «" + title(closed)
                + "» no estaba aprobada por la persona titular de la corporación al momento de la revisión.");
        UUID first = answer(review, closedId, manager, "La persona titular firmó y publicó la directiva en la "
                + "gaceta interna; se capacitó al personal operativo y se agregó la constancia al expediente.",
                today.plusDays(30), live, closed.number());
        as(manager, () -> work.submit(review.id(), closedId, first));
        as(assessor, () -> work.decide(review.id(), closedId, first, true, null));

        SnapshotStandard reviewing = chosen.get(1);
        UUID reviewingId = open(review, reviewing, assessor, "Las pruebas de la norma «" + title(reviewing)
                + "» no cubren el año en curso: falta la evidencia de su aplicación después de enero.");
        UUID second = answer(review, reviewingId, manager, "Se reunieron los registros del año en curso y se "
                + "agregaron al expediente; la jefatura de planeación revisará cada trimestre que estén completos.",
                today.plusDays(45), live, reviewing.number());
        as(manager, () -> work.submit(review.id(), reviewingId, second));

        SnapshotStandard open = chosen.get(2);
        open(review, open, assessor, "La directiva vigente no desarrolla todos los incisos de la norma «"
                + title(open) + "» y no hay constancia de que el personal la conozca.");
    }

    private UUID open(Assessment review, SnapshotStandard standard, AccessScope assessor, String missing) {
        as(assessor, () -> events.publishEvent(new VerdictRecorded(review.id(), review.agencyId(), standard.number(),
                null, Verdict.NOT_IN_COMPLIANCE, null, missing, assessor.userId())));
        return CurrentScope.runAs(AccessScope.SEEDING, () -> transactions.execute(status ->
                findings.of(review.id()).stream().filter(f -> f.standardNumber().equals(standard.number()))
                        .map(Finding::id).findFirst().orElseThrow()));
    }

    private UUID answer(Assessment review, UUID findingId, AccessScope manager, String actions, LocalDate due,
            List<Proof> live, String number) {
        List<UUID> cited = live.stream().filter(p -> p.number().equals(number)).map(Proof::id).limit(2).toList();
        return CurrentScope.runAs(manager, () -> transactions.execute(status -> work.propose(review.id(), findingId,
                new FindingWork.ActionDraft(actions, manager.userId(), due, cited)).id()));
    }

    private void as(AccessScope scope, Runnable step) {
        CurrentScope.runAs(scope, () -> transactions.executeWithoutResult(status -> step.run()));
    }

    private static String title(SnapshotStandard standard) {
        return standard.title() == null || standard.title().es() == null ? standard.number()
                : standard.number() + " " + standard.title().es();
    }
}
