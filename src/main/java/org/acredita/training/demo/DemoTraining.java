package org.acredita.training.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.printing.PdfPrinter;
import org.acredita.programmes.Programme;
import org.acredita.programmes.Programmes;
import org.acredita.training.Audience;
import org.acredita.training.EventFormat;
import org.acredita.training.NewAttendance;
import org.acredita.training.NewTrainingEvent;
import org.acredita.training.TrainingEvent;
import org.acredita.training.TrainingEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Two workshops of the demo programme, once: the leaders' introduction to accreditation (the three demo agencies'
 * chief executive and accreditation managers) and the managers' workshop on proofs and directives (the police and
 * the C5, with a C5 supervisor typed in), each with its agenda as material.
 */
@Component
class DemoTraining implements DemoSeed {

    private static final Logger log = LoggerFactory.getLogger(DemoTraining.class);

    private final TrainingEvents training;
    private final Programmes programmes;
    private final Organisations organisations;
    private final Staff staff;
    private final PdfPrinter printer;
    private final Clock clock;

    DemoTraining(TrainingEvents training, Programmes programmes, Organisations organisations, Staff staff,
            PdfPrinter printer, Clock clock) {
        this.training = training;
        this.programmes = programmes;
        this.organisations = organisations;
        this.staff = staff;
        this.printer = printer;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "training.events";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people", "programmes.agencies");
    }

    @Override
    public void seed() {
        Programme programme = programmes.visible().stream().filter(p -> p.name().endsWith("(demostración)"))
                .findFirst().orElse(null);
        Organisation police = organisations.agencyNamed("Querétaro").orElse(null);
        Organisation c5 = organisations.agencyNamed("C5").orElse(null);
        Organisation academy = organisations.agencyNamed("Academia").orElse(null);
        if (programme == null || police == null || c5 == null || academy == null
                || !training.events(programme.id()).isEmpty()) {
            return;
        }
        Map<String, UUID> people = List.of(police, c5, academy).stream()
                .flatMap(agency -> staff.ofAgency(agency.id()).stream())
                .collect(Collectors.toMap(StaffMember::displayName, StaffMember::id, (a, b) -> a));
        LocalDate today = LocalDate.now(clock);

        TrainingEvent leaders = training.create(new NewTrainingEvent(programme.id(),
                "El modelo de acreditación para titulares y gerentes", EventFormat.WORKSHOP,
                List.of(Audience.CHIEF_EXECUTIVES, Audience.ACCREDITATION_MANAGERS), today.minusMonths(5),
                new BigDecimal("6"), "Querétaro, Qro. — Centro de Congresos, salón 3",
                null, "Miguel Ángel Torres; Sofía Núñez Rivas",
                "Qué es la acreditación, las fases del programa, el papel del titular y del gerente, y cómo se "
                        + "prepara la autoevaluación.", List.of(police.id(), c5.id(), academy.id())));
        attend(leaders, people.get("Mtra. Ana Lucía Herrera"), "6");
        attend(leaders, people.get("Laura Méndez Ortiz"), "6");
        attend(leaders, people.get("Ricardo Canul Pech"), "6");
        attend(leaders, people.get("Patricia Loya Chávez"), "4.5");
        agenda(leaders, "Agenda del taller de titulares y gerentes.pdf",
                List.of("9:00 Bienvenida y objetivos del programa", "9:30 El modelo de acreditación y sus fases",
                        "11:30 El papel del titular y del gerente de acreditación", "13:00 Comida",
                        "14:00 Cómo se prepara la autoevaluación", "15:00 Preguntas y cierre"));

        TrainingEvent managers = training.create(new NewTrainingEvent(programme.id(),
                "Taller de gerentes de acreditación: archivo de pruebas y directivas", EventFormat.WORKSHOP,
                List.of(Audience.ACCREDITATION_MANAGERS, Audience.STAFF), today.minusMonths(2), new BigDecimal("8"),
                "Mérida, Yuc. — Centro C5, aula de capacitación", null, "Miguel Ángel Torres",
                "Cómo se organizan las pruebas por año del ciclo, cómo se redactan y mapean las directivas a las "
                        + "normas, y cómo se revisa el archivo antes de la evaluación.", List.of(police.id(), c5.id())));
        attend(managers, people.get("Laura Méndez Ortiz"), "8");
        attend(managers, people.get("Jorge Ramírez Soto"), "8");
        attend(managers, people.get("Ricardo Canul Pech"), "8");
        training.attend(managers.id(), new NewAttendance(null, c5.id(), "Martha Chí Euán", "Supervisora de turno",
                new BigDecimal("6.5")));
        agenda(managers, "Agenda del taller de gerentes.pdf",
                List.of("9:00 El archivo de pruebas por año del ciclo", "11:00 Directivas: redacción y mapeo a normas",
                        "13:00 Comida", "14:00 Revisión cruzada de archivos", "16:00 Plan de trabajo y cierre"));
        log.info("Capacitación de demostración creada / Demo training seeded");
    }

    private void attend(TrainingEvent event, UUID person, String hours) {
        if (person != null) {
            training.attend(event.id(), new NewAttendance(person, null, null, null, new BigDecimal(hours)));
        }
    }

    /** A one-page agenda printed as PDF, attached as the event's material. */
    private void agenda(TrainingEvent event, String fileName, List<String> items) {
        StringBuilder html = new StringBuilder("<html><body><h1>").append(event.topic()).append("</h1><ul>");
        items.forEach(item -> html.append("<li>").append(item).append("</li>"));
        html.append("</ul></body></html>");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        printer.print(html.toString(), event.topic(), pdf);
        training.attachMaterial(event.id(), fileName, new ByteArrayInputStream(pdf.toByteArray()));
    }
}
