package org.acredita.assessments.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
import org.acredita.assessments.Verdicts;
import org.acredita.assessments.findings.FindingStore;
import org.acredita.assessments.findings.FindingWork;
import org.acredita.audit.AuditTrail;
import org.acredita.database.DemoSeed;
import org.acredita.identity.ActingAs;
import org.acredita.identity.Organisations;
import org.acredita.proofs.FileProofs;
import org.acredita.proofs.Proof;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The verdicts and the three findings of the demo police force's site-based assessment, made as the people would
 * make them: the team leader's verdicts through the review service (the findings listener raises a finding for each
 * one not in compliance), the findings sent to the agency, the accreditation manager's corrective actions and the
 * assessor's verification. One finding is closed, one has its corrective action under review (past its due date,
 * so the agency's page, the dashboard and the reminders show an overdue corrective action), one is open.
 */
@Component
class DemoFindings implements DemoSeed {

    private final Assessments assessments;
    private final Verdicts verdicts;
    private final Findings findings;
    private final FindingWork work;
    private final FindingStore store;
    private final Organisations organisations;
    private final FileProofs proofs;
    private final ActingAs actingAs;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoFindings(Assessments assessments, Verdicts verdicts, Findings findings, FindingWork work, FindingStore store,
            Organisations organisations, FileProofs proofs, ActingAs actingAs, AuditTrail audit,
            TransactionTemplate transactions, Clock clock) {
        this.assessments = assessments;
        this.verdicts = verdicts;
        this.findings = findings;
        this.work = work;
        this.store = store;
        this.organisations = organisations;
        this.proofs = proofs;
        this.actingAs = actingAs;
        this.audit = audit;
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
        Assessment site = seeding(() -> assessments.ofAgency(police).stream()
                .filter(a -> a.kind() == AssessmentKind.SITE_BASED_ASSESSMENT
                        && a.status() == AssessmentStatus.IN_PROGRESS)
                .findFirst().orElse(null));
        if (site == null || seeding(() -> !findings.of(site.id()).isEmpty())) {
            return;
        }
        List<SnapshotStandard> standards = seeding(() -> assessments.standards(site.id()));
        List<Proof> live = seeding(() -> proofs.of(site.fileId()));
        List<SnapshotStandard> chosen = standards.stream().filter(s -> !"NOT_APPLICABLE".equals(s.status()))
                .sorted(Comparator.comparing((SnapshotStandard s) -> s.proofs().isEmpty() ? 1 : 0)).limit(3).toList();
        if (chosen.size() < 3) {
            return;
        }
        AccessScope leader = actingAs.scopeOf(DemoSiteVisit.LEADER);
        AccessScope assessor = actingAs.scopeOf("evaluador");
        AccessScope manager = actingAs.scopeOf("gerente.policia");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("America/Mexico_City")));

        SnapshotStandard closed = chosen.get(0);
        SnapshotStandard reviewing = chosen.get(1);
        SnapshotStandard open = chosen.get(2);
        Map<String, String> missing = Map.of(
                closed.number(), "La directiva que atiende la norma «" + title(closed) + "» no estaba aprobada por "
                        + "la persona titular de la corporación al momento de la visita.",
                reviewing.number(), "Las pruebas de la norma «" + title(reviewing) + "» no cubren el año en curso: "
                        + "falta la evidencia de su aplicación después de enero.",
                open.number(), "La directiva vigente no desarrolla todos los incisos de la norma «" + title(open)
                        + "» y no hay constancia de que el personal la conozca.");
        as(leader, () -> standards.forEach(s -> verdicts.record(site.id(), s.number(), choice(s, missing))));
        as(leader, () -> assessments.advance(site.id(), AssessmentStatus.FINDINGS_TO_AGENCY));

        UUID closedId = findingOf(site, closed);
        UUID first = answer(site, closedId, manager, "La persona titular firmó y publicó la directiva en la "
                + "gaceta interna; se capacitó al personal operativo y se agregó la constancia al expediente.",
                today.plusDays(30), live, closed.number());
        as(manager, () -> work.submit(site.id(), closedId, first));
        as(assessor, () -> work.decide(site.id(), closedId, first, true, null));

        UUID reviewingId = findingOf(site, reviewing);
        UUID second = answer(site, reviewingId, manager, "Se reunieron los registros del año en curso y se "
                + "agregaron al expediente; la jefatura de planeación revisará cada trimestre que estén completos.",
                today, live, reviewing.number());
        as(manager, () -> work.submit(site.id(), reviewingId, second));
        // The agency answered at the visit's close, due a few days ago, and the team has not verified it yet.
        LocalDate due = today.minusDays(4);
        as(AccessScope.SEEDING, () -> {
            store.recordDue(second, due);
            audit.record("CORRECTIVE_ACTION_DUE_RECORDED", "assessment_corrective_action", second.toString(), police,
                    reviewing.number() + " · " + due);
        });
    }

    /** Not in compliance for the three chosen, not applicable where the file said so, in compliance otherwise. */
    private static Verdicts.Choice choice(SnapshotStandard standard, Map<String, String> missing) {
        if (missing.containsKey(standard.number())) {
            return new Verdicts.Choice(Verdict.NOT_IN_COMPLIANCE, null, null, missing.get(standard.number()),
                    "Revisar en la entrevista con planeación.");
        }
        if ("NOT_APPLICABLE".equals(standard.status())) {
            return new Verdicts.Choice(Verdict.NOT_APPLICABLE, null, "La función no existe en la corporación.", null,
                    null);
        }
        return new Verdicts.Choice(Verdict.IN_COMPLIANCE, null, null, null, null);
    }

    private UUID findingOf(Assessment site, SnapshotStandard standard) {
        return seeding(() -> findings.of(site.id()).stream().filter(f -> f.standardNumber().equals(standard.number()))
                .map(Finding::id).findFirst().orElseThrow());
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

    private <T> T seeding(java.util.function.Supplier<T> read) {
        return CurrentScope.runAs(AccessScope.SEEDING, () -> transactions.execute(status -> read.get()));
    }

    private static String title(SnapshotStandard standard) {
        return standard.title() == null || standard.title().es() == null ? standard.number()
                : standard.number() + " " + standard.title().es();
    }
}
