package org.acredita.assessments.demo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.SnapshotStandard;
import org.acredita.assessments.Verdict;
import org.acredita.assessments.Verdicts;
import org.acredita.assessments.review.VerdictStore;
import org.acredita.audit.AuditTrail;
import org.acredita.database.DemoSeed;
import org.acredita.identity.ActingAs;
import org.acredita.identity.Organisations;
import org.springframework.stereotype.Component;

/**
 * The demo's verdicts, so the review screen shows real work: the C5's remote file review in progress has a
 * handful recorded by {@code evaluador} through the service (in compliance, one not in compliance saying what was
 * missing, one not applicable with its reason); the police force's closed remote review has one for every
 * standard of its scope, written as the record of a review that closed before this seed runs.
 */
@Component
class DemoVerdicts implements DemoSeed {

    private static final String REVIEWER = "evaluador";

    private final Assessments assessments;
    private final Verdicts verdicts;
    private final VerdictStore store;
    private final Organisations organisations;
    private final ActingAs actingAs;
    private final AuditTrail audit;

    DemoVerdicts(Assessments assessments, Verdicts verdicts, VerdictStore store, Organisations organisations,
            ActingAs actingAs, AuditTrail audit) {
        this.assessments = assessments;
        this.verdicts = verdicts;
        this.store = store;
        this.organisations = organisations;
        this.actingAs = actingAs;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "assessments.verdicts";
    }

    @Override
    public Set<String> after() {
        return Set.of("assessments.reviews");
    }

    @Override
    public void seed() {
        UUID c5 = organisations.agencyNamed("C5").map(o -> o.id()).orElse(null);
        UUID police = organisations.agencyNamed("Querétaro").map(o -> o.id()).orElse(null);
        Assessment current = review(c5, AssessmentStatus.IN_PROGRESS);
        Assessment closed = review(police, AssessmentStatus.CLOSED);
        if (current == null || closed == null || !store.current(current.id()).isEmpty()) {
            return;
        }
        AccessScope reviewer = actingAs.scopeOf(REVIEWER);
        List<String> numbers = store.lines(current.id()).stream().map(VerdictStore.Line::number).limit(7).toList();
        CurrentScope.runAs(reviewer, () -> {
            for (int i = 0; i < numbers.size(); i++) {
                verdicts.record(current.id(), numbers.get(i), choice(i));
            }
        });
        recordClosed(closed, reviewer.userId());
    }

    private static Verdicts.Choice choice(int i) {
        return switch (i) {
            case 5 -> new Verdicts.Choice(Verdict.NOT_IN_COMPLIANCE, null, null,
                    "La directiva describe el procedimiento, pero no hay registro de que el personal de turno la "
                            + "recibiera: falta la constancia de difusión firmada.",
                    "Pedir en la visita la lista de asistencia a la capacitación de marzo.");
            case 6 -> new Verdicts.Choice(Verdict.NOT_APPLICABLE, null,
                    "El C5 no opera radiocomunicación con aeronaves; la norma no corresponde a sus funciones.", null,
                    null);
            default -> new Verdicts.Choice(Verdict.IN_COMPLIANCE, null, null, null,
                    i == 0 ? "Directiva y pruebas del año 1 completas." : null);
        };
    }

    /** One verdict per standard of the closed review, following what the snapshot showed when it started. */
    private void recordClosed(Assessment closed, UUID reviewer) {
        List<SnapshotStandard> standards = assessments.standards(closed.id());
        for (SnapshotStandard s : standards) {
            switch (s.status()) {
                case "RETURNED" -> store.insert(closed.id(), closed.agencyId(), s.number(), null,
                        Verdict.NOT_IN_COMPLIANCE, null,
                        "Falta la evidencia de difusión al personal; la institución la completará antes de la "
                                + "evaluación en sitio.", null, reviewer);
                case "NOT_APPLICABLE" -> store.insert(closed.id(), closed.agencyId(), s.number(), null,
                        Verdict.NOT_APPLICABLE, "La función no existe en la corporación.", null, null, reviewer);
                default -> store.insert(closed.id(), closed.agencyId(), s.number(), null, Verdict.IN_COMPLIANCE,
                        null, null, null, reviewer);
            }
        }
        audit.record("VERDICTS_RECORDED", "assessment", closed.id().toString(), closed.agencyId(),
                String.valueOf(standards.size()));
    }

    private Assessment review(UUID agencyId, AssessmentStatus status) {
        if (agencyId == null) {
            return null;
        }
        return assessments.ofAgency(agencyId).stream()
                .filter(a -> a.kind() == AssessmentKind.REMOTE_FILE_REVIEW && a.status() == status).findFirst()
                .orElse(null);
    }

}
