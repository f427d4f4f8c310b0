package org.acredita.assessments.demo;

import java.util.Set;
import java.util.UUID;
import org.acredita.access.CurrentScope;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Phase;
import org.acredita.agencies.TransitionRequest;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.AssessmentReports;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Assessments;
import org.acredita.assessments.ReportContent.Narrative;
import org.acredita.database.DemoSeed;
import org.acredita.identity.ActingAs;
import org.acredita.identity.Organisations;
import org.acredita.standards.AccreditationProgramme;
import org.springframework.stereotype.Component;

/**
 * The report of the police's site-based assessment, written by the team leader: v1 released, then v2 released with
 * a corrected narrative in Spanish and English. With the report out, the police waits for the Commission (the
 * lifecycle's report phase).
 */
@Component
class DemoSiteReport implements DemoSeed {

    private final Assessments assessments;
    private final AssessmentReports reports;
    private final AgencyLifecycle lifecycle;
    private final Organisations organisations;
    private final ActingAs actingAs;

    DemoSiteReport(Assessments assessments, AssessmentReports reports, AgencyLifecycle lifecycle,
            Organisations organisations, ActingAs actingAs) {
        this.assessments = assessments;
        this.reports = reports;
        this.lifecycle = lifecycle;
        this.organisations = organisations;
        this.actingAs = actingAs;
    }

    @Override
    public String name() {
        return "assessments.site-report";
    }

    @Override
    public Set<String> after() {
        return Set.of("assessments.findings");
    }

    @Override
    public void seed() {
        UUID police = organisations.agencyNamed("Querétaro").map(o -> o.id()).orElse(null);
        if (police == null) {
            return;
        }
        Assessment site = assessments.ofAgency(police).stream()
                .filter(a -> a.kind() == AssessmentKind.SITE_BASED_ASSESSMENT
                        && a.status() == AssessmentStatus.FINDINGS_TO_AGENCY)
                .findFirst().orElse(null);
        if (site == null) {
            return;
        }
        CurrentScope.runAs(actingAs.scopeOf(DemoSiteVisit.LEADER), () -> {
            assessments.advance(site.id(), AssessmentStatus.REPORT_DRAFTING);
            reports.saveNarrative(site.id(), new Narrative("""
                    Mando claro y supervisión cercana en los tres turnos; el área de detención y el depósito de \
                    armamento cumplen sus directivas; la ciudadanía reconoce el patrullaje a pie en el Centro \
                    Histórico.""", """
                    Clear command and close supervision on all three shifts; the holding area and the armoury \
                    follow their directives; residents recognise the foot patrols in the historic centre.""", """
                    Atender los tres hallazgos con pruebas del periodo vigente; contestar más rápido la línea de \
                    quejas en fin de semana.""", """
                    Answer the three findings with proofs from the current period; answer the complaints line \
                    faster at weekends."""));
            reports.release(site.id());
            reports.saveNarrative(site.id(), new Narrative("""
                    Mando claro y supervisión cercana en los tres turnos; el área de detención y el depósito de \
                    armamento cumplen sus directivas; la ciudadanía reconoce el patrullaje a pie en el Centro \
                    Histórico y la respuesta de asuntos internos a sus quejas.""", """
                    Clear command and close supervision on all three shifts; the holding area and the armoury \
                    follow their directives; residents recognise the foot patrols in the historic centre and how \
                    internal affairs answers their complaints.""", """
                    Cerrar los dos hallazgos pendientes con pruebas del periodo vigente (uno ya se cerró); \
                    contestar más rápido la línea de quejas en fin de semana; revisar cada trimestre que las \
                    actas de planeación estén firmadas.""", """
                    Close the two pending findings with proofs from the current period (one is already closed); \
                    answer the complaints line faster at weekends; check each quarter that the planning minutes \
                    are signed."""));
            reports.release(site.id());
        });
        lifecycle.transition(police, AccreditationProgramme.LAW_ENFORCEMENT, TransitionRequest.to(Phase.REPORT,
                "Informe de la evaluación en sitio publicado; en espera de la audiencia de la Comisión."));
    }
}
