package org.acredita.readiness.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.readiness.ReadinessAssessments;
import org.acredita.readiness.internal.AnswerDraft;
import org.acredita.readiness.internal.Assessment;
import org.acredita.readiness.internal.AssessmentDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Readiness assessments for the demo: the police force assessed three times over eighteen months
 * (about 37 % → 56 % → 73 %) with a fourth under way, the C5 once, the academy not yet. Ratings are
 * written one character a question in the order of the default instrument: 0–4, n (not applicable),
 * - (unanswered). Dates are relative to today; seeded once, after the programme it is a member of.
 */
@Component
class DemoReadiness implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoReadiness.class);
    private static final String ADVISORS = "Miguel Ángel Torres, Sofía Núñez Rivas";

    private final ReadinessAssessments assessments;
    private final Organisations organisations;
    private final Clock clock;

    DemoReadiness(ReadinessAssessments assessments, Organisations organisations, Clock clock) {
        this.assessments = assessments;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "readiness.assessments";
    }

    @Override
    public Set<String> after() {
        return Set.of("programmes.programme");
    }

    @Override
    public void seed() {
        Organisation police = agency("Querétaro");
        Organisation c5 = agency("C5");
        if (police == null || c5 == null || assessments.programmeOf(police.id()).isEmpty()
                || !assessments.history(police.id()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(police.timeZone()));
        assess(police, today.minusMonths(18), "3211 2102 2111 2112 2112 2110 211 2120", Map.of(
                1, "No hay plan de trabajo; la titular pidió uno para el próximo trimestre.",
                5, "Las directivas vigentes datan de 2015 y nadie las revisa.",
                17, "No existe un archivo de pruebas; los documentos están dispersos en cada dirección.",
                22, "Aún no se integra el equipo de acreditación."),
                "Punto de partida: hay voluntad de la titularidad, pero casi no existen directivas escritas "
                        + "actualizadas ni registros sistemáticos. Prioridades: plan de trabajo, sistema de "
                        + "directivas y designación formal de la gerencia de acreditación.", true);
        assess(police, today.minusMonths(10), "3322 3212 3222 2223 3122 3221 322 2231", Map.of(
                6, "Las directivas se difunden por correo, sin acuse de recibo.",
                12, "Los procedimientos de patrullaje existen, pero no se aplican igual en todos los turnos.",
                17, "El archivo de pruebas cubre cerca de una cuarta parte de las normas."),
                "Avance claro en liderazgo y directivas: el sistema de directivas está aprobado y la gerencia "
                        + "de acreditación ya opera con un equipo. Siguen pendientes la difusión con acuse, la "
                        + "bitácora de evidencia y el archivo de pruebas.", true);
        assess(police, today.minusMonths(3), "4333 3323 3332 3323 3233 3332 333 3332", Map.of(
                6, "Se difunden con acuse en tres de cinco direcciones; faltan Tránsito y Reclusorios.",
                11, "El reglamento del servicio profesional de carrera está en revisión; la evaluación del "
                        + "desempeño no se documenta.",
                14, "La cadena de custodia está documentada, pero la bodega de evidencia no lleva bitácora "
                        + "de entradas y salidas.",
                17, "El archivo de pruebas cubre ya 40 % de las normas.",
                30, "Aún no se difunde el portal de comentarios del público."),
                "La institución está cerca de estar lista para la autoevaluación plena: directivas vigentes y "
                        + "difundidas, capacitación anual registrada y equipo de acreditación activo. Brechas "
                        + "principales: acuse de directivas, evaluación del desempeño y bitácora de evidencia.",
                true);
        assess(police, today.minusDays(5), "4433 3323 3433 ---- ---- ---- --- ----", Map.of(
                11, "Ya se documentan las evaluaciones del desempeño del último semestre."),
                null, false);
        assess(c5, today.minusMonths(6), "3222 3212 3222 3n32 2223 3221 322 2121", Map.of(
                13, "El C5 no tiene funciones de detención.",
                16, "Las grabaciones de llamadas 9-1-1 se conservan 90 días; falta una política de retención.",
                27, "Las quejas llegan por varios canales y no se registran en un solo lugar."),
                "El protocolo de atención de llamadas está documentado y se aplica; la principal brecha es "
                        + "la gestión de registros y la retención de grabaciones.", true);
        log.info("Evaluaciones de preparación de demostración creadas / Demo readiness assessments seeded");
    }

    private void assess(Organisation agency, LocalDate on, String ratings, Map<Integer, String> notes, String summary,
            boolean complete) {
        Assessment started = assessments.start(agency.id(), on, ADVISORS);
        String codes = ratings.replace(" ", "");
        List<AnswerDraft> answers = new ArrayList<>();
        for (int i = 0; i < started.answers().size() && i < codes.length(); i++) {
            char code = codes.charAt(i);
            if (code == '-') {
                continue;
            }
            answers.add(new AnswerDraft(started.answers().get(i).question().id(),
                    code == 'n' ? null : Integer.valueOf(code - '0'), code == 'n', notes.get(i)));
        }
        assessments.save(agency.id(), started.id(), new AssessmentDraft(null, null, summary, answers));
        if (complete) {
            assessments.complete(agency.id(), started.id());
        }
    }

    private Organisation agency(String nameFragment) {
        return organisations.agencyNamed(nameFragment).orElse(null);
    }
}
