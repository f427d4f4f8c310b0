package org.acredita.assistance.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.assistance.internal.AssistanceLogRepository;
import org.acredita.assistance.internal.AssistanceMode;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A few sessions of the demo advisor with the police force and the C5, once, under the same conditions as
 * the rest of the demo data. Written straight to the log because they are reported on the advisor's behalf:
 * going through the service would name the system as the advisor.
 */
@Component
class DemoAssistance implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoAssistance.class);
    private static final String ADVISOR = "Miguel Ángel Torres";

    private final AssistanceLogRepository sessions;
    private final Organisations organisations;

    DemoAssistance(AssistanceLogRepository sessions, Organisations organisations) {
        this.sessions = sessions;
        this.organisations = organisations;
    }

    @Override
    public String name() {
        return "assistance.sessions";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people", "programmes.agencies");
    }

    @Override
    public void seed() {
        Organisation police = agency("Querétaro");
        Organisation c5 = agency("C5");
        if (police == null || c5 == null || sessions.anyFor(police.id())) {
            return;
        }
        LocalDate today = LocalDate.now(police.timeZone());
        session(police.id(), today.minusMonths(5), AssistanceMode.ON_SITE, 360, "Laura Méndez Ortiz; jefes de área",
                List.of("1.2", "4.1.3"), "Revisión de las directivas sobre uso de la fuerza y del archivo de pruebas.",
                "Actualizar la directiva 4.1.3 y reunir las pruebas de capacitación anual.");
        session(police.id(), today.minusMonths(2), AssistanceMode.REMOTE, 90, "Laura Méndez Ortiz",
                List.of("4.1.3"), "Seguimiento de la directiva actualizada.", null);
        session(c5.id(), today.minusMonths(1), AssistanceMode.ON_SITE, 240, "Ricardo Canul Pech; supervisores de turno",
                List.of("1", "2.1"), "Diagnóstico de preparación: recepción de llamadas 9-1-1 y despacho.",
                "Documentar los protocolos de despacho.");
        seedProgrammeAgencies(today, List.of(police.id(), c5.id()));
        log.info("Asistencia técnica de demostración creada / Demo technical assistance seeded");
    }

    /** A few visits and calls for the other demo agencies, so programme totals read like real work. */
    private void seedProgrammeAgencies(LocalDate today, List<UUID> done) {
        String[][] topics = {{"1.1", "Diagnóstico inicial y plan de trabajo de la autoevaluación."},
            {"4.1", "Revisión de directivas de uso de la fuerza y formatos de reporte."},
            {"33.5", "Programa de capacitación anual y registro de asistencia."},
            {"2.1", "Organización del archivo de pruebas por año del ciclo."}};
        int n = 0;
        for (Organisation agency : organisations.visible()) {
            if (!agency.isAgency() || done.contains(agency.id()) || !agency.name().endsWith("— demostración")
                    || sessions.anyFor(agency.id())) {
                continue;
            }
            for (int i = 0; i < 1 + n % 4; i++) {
                String[] topic = topics[(n + i) % topics.length];
                session(agency.id(), today.minusMonths(1L + 3L * i).minusDays(n % 20),
                        i % 2 == 0 ? AssistanceMode.ON_SITE : AssistanceMode.REMOTE, i % 2 == 0 ? 300 : 90,
                        "Gerencia de acreditación", List.of(topic[0]), topic[1], null);
            }
            n++;
        }
    }

    private void session(UUID agencyId, LocalDate on, AssistanceMode mode, int minutes, String participants,
            List<String> topics, String summary, String followUp) {
        sessions.insert(agencyId, on, mode, minutes, ADVISOR, participants, topics, summary, followUp, null, ADVISOR);
    }

    private Organisation agency(String nameFragment) {
        return organisations.agencyNamed(nameFragment).orElse(null);
    }
}
