package org.acredita.directives.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.database.DemoSeed;
import org.acredita.directives.internal.Directive;
import org.acredita.directives.internal.DirectiveDraft;
import org.acredita.directives.internal.DirectiveVersion;
import org.acredita.directives.internal.Directives;
import org.acredita.directives.internal.Kind;
import org.acredita.directives.internal.Section;
import org.acredita.directives.internal.SectionDraft;
import org.acredita.directives.internal.VersionDraft;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Eight directives of the demo police force: six mapped to the illustrative law-enforcement manual, so coverage is
 * partial and believable (the use-of-force policy has a superseded first version), and two in effect whose sections
 * are not mapped yet, so the suggested mappings have work to show. Every section is in the labelled set of
 * suggestions ({@code src/test/resources/directives/labelled-sections.tsv}). Seeded once, in demo mode.
 */
@Component
class DemoDirectives implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectives.class);
    private static final String CEO = "Mtra. Ana Lucía Herrera, Secretaria de Seguridad Ciudadana";

    private final Directives directives;
    private final Organisations organisations;
    private final Manuals manuals;
    private final Clock clock;

    DemoDirectives(Directives directives, Organisations organisations, Manuals manuals, Clock clock) {
        this.directives = directives;
        this.organisations = organisations;
        this.manuals = manuals;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "directives.police";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people", "standards.manuals");
    }

    @Override
    public void seed() {
        Organisation police = organisations.agencyNamed("Querétaro").orElse(null);
        UUID edition = manuals.editions().stream().filter(e -> e.code().equals("POL-ILUSTRATIVO"))
                .map(ManualEdition::id).findFirst().orElse(null);
        if (police == null || edition == null || !directives.list(police.id()).isEmpty()) {
            return;
        }
        new Seeding(police.id(), edition, LocalDate.now(clock.withZone(police.timeZone()))).run();
        log.info("Directivas de demostración creadas / Demo directives seeded");
    }

    /** One agency's directives, written in the order a manager would have: drafted, approved, put in effect. */
    private final class Seeding {

        private final UUID agency;
        private final UUID edition;
        private final LocalDate today;

        Seeding(UUID agency, UUID edition, LocalDate today) {
            this.agency = agency;
            this.edition = edition;
            this.today = today;
        }

        void run() {
            Directive force = directive("POL-4.1", "Política de uso de la fuerza", Kind.POLICY,
                    "Dirección de Asuntos Jurídicos");
            DirectiveVersion first = inEffect(force, "2023", "Primera emisión conforme a la Ley Nacional sobre el Uso "
                    + "de la Fuerza.", today.minusYears(3));
            Section proportional = section(force, first, "4.1", "Niveles de fuerza y proporcionalidad",
                    "El personal empleará solo la fuerza objetivamente razonable y proporcional a la resistencia.");
            map(force, proportional, "4.1.1");
            DirectiveVersion second = directives.startVersion(agency, force.id(), new VersionDraft("2025",
                    "Agrega el deber de intervenir y la atención médica tras el uso de la fuerza.", null, true));
            document(force, second, "politica-uso-de-la-fuerza-2025.txt");
            map(force, section(force, second, "4.2", "Fuerza letal", "La fuerza letal solo se autoriza ante un riesgo "
                    + "inminente de muerte o lesiones graves."), "4.1.2");
            map(force, section(force, second, "4.3", "Atención médica", "Tras todo uso de la fuerza se solicitará "
                    + "atención médica para la persona lesionada."), "4.1.3");
            map(force, section(force, second, "4.4", "Deber de intervenir", null), "4.1.4");
            map(force, section(force, second, "6.1", "Informe de uso de la fuerza", null), "4.3.1");
            effect(force, second, today.minusMonths(10));

            Directive custody = directive("OG-7.1", "Detenciones, revisión y custodia de personas detenidas",
                    Kind.GENERAL_ORDER, "Dirección de Seguridad Pública");
            DirectiveVersion custodyV = inEffect(custody, "1.0", null, today.minusMonths(18));
            document(custody, custodyV, "og-7-1-detenciones.txt");
            map(custody, section(custody, custodyV, "1", "Revisión antes del traslado", null), "7.1.1");
            map(custody, section(custody, custodyV, "2", "Registro de la detención", null), "7.1.2");
            map(custody, section(custody, custodyV, "3", "Seguridad del área de detención", null), "7.2.1", "a", "b");

            Directive training = directive("PR-3.2", "Procedimiento de capacitación continua", Kind.PROCEDURE,
                    "Coordinación de Profesionalización");
            DirectiveVersion trainingV = inEffect(training, "2024", null, today.minusMonths(14));
            map(training, section(training, trainingV, "1", "Programa anual de capacitación", null), "3.2.1");
            map(training, section(training, trainingV, "2", "Registros de capacitación", null), "3.2.3");
            map(training, section(training, trainingV, "3", "Certificación en armas de fuego", null), "4.2.2", "a", "c");

            Directive evidence = directive("OG-8.1", "Manejo de indicios y cadena de custodia", Kind.GENERAL_ORDER,
                    "Unidad de Policía Procesal");
            DirectiveVersion evidenceV = inEffect(evidence, "1.0", null, today.minusMonths(8));
            document(evidence, evidenceV, "og-8-1-cadena-de-custodia.txt");
            map(evidence, section(evidence, evidenceV, "1", "Registro de indicios", null), "8.1.1");
            map(evidence, section(evidence, evidenceV, "2", "Cadena de custodia", null), "8.1.2");
            map(evidence, section(evidence, evidenceV, "3", "Bodega de evidencia", null), "8.1.3", "a");

            Directive complaints = directive("OG-9.1", "Quejas ciudadanas y asuntos internos", Kind.GENERAL_ORDER,
                    "Unidad de Asuntos Internos");
            DirectiveVersion complaintsV = inEffect(complaints, "1.0", null, today.minusMonths(6));
            map(complaints, section(complaints, complaintsV, "1", "Recepción de quejas", null), "9.1.3");
            map(complaints, section(complaints, complaintsV, "2", "Investigación de quejas", null), "9.1.4", "a", "b", "c");

            // Two directives in effect whose sections are not mapped yet: the suggested standards show on them.
            Directive conduct = directive("OG-2.3", "Conducta, disciplina y desarrollo del personal",
                    Kind.GENERAL_ORDER, "Dirección de Recursos Humanos");
            DirectiveVersion conductV = inEffect(conduct, "1.0", null, today.minusMonths(4));
            section(conduct, conductV, "1", "Principios de actuación", "Queda prohibido abusar de la autoridad, "
                    + "discriminar a cualquier persona o aceptar regalos con motivo del servicio.");
            section(conduct, conductV, "2", "Faltas, sanciones y audiencia", "Las faltas se clasifican en leves y "
                    + "graves; la Comisión de Honor y Justicia resuelve después de oír a la persona, quien puede pedir "
                    + "la revisión de la resolución.");
            section(conduct, conductV, "3", "Hostigamiento y acoso", "Se prohíbe el hostigamiento y el acoso sexual "
                    + "o laboral; las denuncias se reciben por un canal confidencial.");
            section(conduct, conductV, "4", "Detección temprana de conductas de riesgo", "Asuntos Internos revisa "
                    + "cada trimestre las quejas, los usos de la fuerza y las faltas de asistencia de cada elemento "
                    + "para intervenir a tiempo.");
            section(conduct, conductV, "5", "Evaluación anual", "Cada integrante es evaluado por escrito una vez al "
                    + "año por su superior con criterios conocidos y puede inconformarse con el resultado.");
            section(conduct, conductV, "6", "Nombramiento definitivo", "El personal de nuevo ingreso obtiene su "
                    + "nombramiento definitivo tras seis meses de evaluaciones favorables.");
            section(conduct, conductV, "7", "Ascenso a mandos medios", "Quien sea promovido a un cargo de "
                    + "supervisión cursará liderazgo y supervisión dentro del primer año.");

            Directive victims = directive("OG-6.2", "Atención a víctimas y búsqueda de personas", Kind.GENERAL_ORDER,
                    "Dirección de Investigación");
            DirectiveVersion victimsV = inEffect(victims, "1.0", null, today.minusMonths(2));
            section(victims, victimsV, "1", "Información a la víctima", "Se entregará a la víctima, por escrito y en "
                    + "su lengua, la carta de sus derechos y de los servicios de atención.");
            section(victims, victimsV, "2", "Violencia en el hogar", "Ante violencia familiar se evalúa el riesgo, se "
                    + "canaliza a la víctima al Centro de Justicia para las Mujeres y se da seguimiento a las órdenes "
                    + "de protección.");
            section(victims, victimsV, "3", "Reporte de persona no localizada", "La búsqueda comienza al recibir el "
                    + "reporte, sin esperar 72 horas, en coordinación con la Comisión Estatal de Búsqueda.");
            section(victims, victimsV, "4", "Primer respondiente", "Quien llega primero acordona y preserva el lugar "
                    + "de los hechos hasta la llegada de la policía de investigación.");
            section(victims, victimsV, "5", "Reconocimiento de sospechosos", "Las confrontaciones y las fotografías "
                    + "se muestran sin sugerir al testigo quién es el probable responsable.");
            section(victims, victimsV, "6", "Expedientes de investigación", "Cada carpeta se asigna a una persona "
                    + "investigadora que registra su estado; el mando revisa su avance cada mes.");

            // A draft under review: its mappings do not count for coverage until it takes effect.
            Directive vehicles = directive("PR-5.1", "Uso, resguardo e inspección de vehículos oficiales",
                    Kind.PROCEDURE, "Dirección Administrativa");
            DirectiveVersion vehiclesV = directives.startVersion(agency, vehicles.id(), new VersionDraft("0.9",
                    "Borrador para revisión del área jurídica.", "1. Inspección de vehículos al inicio de cada turno.\n"
                    + "2. Persecuciones: autorización del mando y terminación.", false));
            map(vehicles, section(vehicles, vehiclesV, "1", "Inspección de vehículos", null), "5.1.3");
            map(vehicles, section(vehicles, vehiclesV, "2", "Persecuciones", null), "5.2.1", "a", "b");
        }

        private Directive directive(String code, String title, Kind kind, String owner) {
            return directives.create(agency, new DirectiveDraft(code, title, kind, owner));
        }

        private DirectiveVersion inEffect(Directive directive, String label, String summary, LocalDate from) {
            DirectiveVersion version = directives.startVersion(agency, directive.id(),
                    new VersionDraft(label, summary, null, false));
            effect(directive, version, from);
            return version;
        }

        private void effect(Directive directive, DirectiveVersion version, LocalDate from) {
            directives.approve(agency, directive.id(), version.id(), CEO, from.minusDays(15));
            directives.putInEffect(agency, directive.id(), version.id(), from);
        }

        private Section section(Directive directive, DirectiveVersion version, String number, String heading,
                String excerpt) {
            return directives.addSection(agency, directive.id(), version.id(), new SectionDraft(number, heading, excerpt));
        }

        private void map(Directive directive, Section section, String standard, String... letters) {
            directives.map(agency, directive.id(), section.id(), edition, standard, List.of(letters));
        }

        private void document(Directive directive, DirectiveVersion version, String name) {
            String text = directive.code() + " " + directive.title() + "\nVersión " + version.label()
                    + "\nSecretaría de Seguridad Ciudadana de Querétaro — documento de demostración.\n";
            directives.addDocument(agency, directive.id(), version.id(), name,
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
