package org.acredita.commission.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.acredita.access.Role;
import org.acredita.commission.ConflictKind;
import org.acredita.commission.Conflicts;
import org.acredita.commission.Decisions;
import org.acredita.commission.DocketItem;
import org.acredita.commission.Hearing;
import org.acredita.commission.MeetingStatus;
import org.acredita.commission.NewDecision;
import org.acredita.commission.Outcome;
import org.acredita.commission.Vote;
import org.acredita.commission.DocketReason;
import org.acredita.commission.Meeting;
import org.acredita.commission.Meetings;
import org.acredita.commission.NewConflict;
import org.acredita.commission.NewDocketItem;
import org.acredita.commission.NewMeeting;
import org.acredita.commission.internal.MeetingStore;
import org.acredita.database.DemoSeed;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.springframework.stereotype.Component;

/**
 * The police force heard at a meeting held today on its released site-based report, `comisionado` on its panel,
 * hearing and vote recorded, and accredited with one condition still open (so its certificate is downloadable and
 * verifiable); the next meeting, planned, with the C5 on its docket when its assessment report is released (the
 * demo's C5 is still in its remote file review, so the planned meeting's docket stays empty); and the second demo
 * commissioner's declared conflict with the police force, which keeps her off its panel.
 */
@Component
class DemoCommission implements DemoSeed {

    private final Meetings meetings;
    private final Conflicts conflicts;
    private final MeetingStore store;
    private final Decisions decisions;
    private final Organisations organisations;
    private final Staff staff;

    DemoCommission(Meetings meetings, Conflicts conflicts, MeetingStore store, Decisions decisions,
            Organisations organisations, Staff staff) {
        this.decisions = decisions;
        this.meetings = meetings;
        this.conflicts = conflicts;
        this.store = store;
        this.organisations = organisations;
        this.staff = staff;
    }

    @Override
    public String name() {
        return "commission.meetings";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.organisations-and-people", "assessments.reviews", "assessments.findings",
                "assessments.site-report");
    }

    @Override
    public void seed() {
        Organisation police = organisations.agencyNamed("Querétaro").orElse(null);
        Organisation c5 = organisations.agencyNamed("C5").orElse(null);
        if (police == null || c5 == null || store.anyMeeting()) {
            return;
        }
        StaffMember chair = commissioner("Robert García");
        if (chair != null && meetings.candidates().stream().anyMatch(c -> c.agencyId().equals(police.id()))) {
            hearPolice(police, chair);
        }
        Meeting meeting = meetings.plan(new NewMeeting(LocalDate.now(police.timeZone()).plusDays(45),
                LocalTime.of(10, 0), "America/Mexico_City", "Sala de la Comisión, Ciudad de México",
                "https://reuniones.demo.acredita.invalid/comision"));
        if (meetings.candidates().stream().anyMatch(c -> c.agencyId().equals(c5.id()))) {
            var item = meetings.addToDocket(meeting.id(), new NewDocketItem(c5.id(), DocketReason.INITIAL_ACCREDITATION));
            if (chair != null) {
                meetings.seat(meeting.id(), item.id(), chair.id());
            }
        }
        StaffMember conflicted = commissioner("Elena Vázquez");
        if (conflicted != null) {
            conflicts.declare(new NewConflict(conflicted.id(), police.id(), ConflictKind.PAST_RELATION,
                    "Asesoró a la Secretaría en 2023 en la redacción de sus directivas de uso de la fuerza."));
        }
    }

    /** Today's meeting: the police heard, accredited with one condition due in 90 days. */
    private void hearPolice(Organisation police, StaffMember chair) {
        LocalDate today = LocalDate.now(police.timeZone());
        Meeting held = meetings.plan(new NewMeeting(today, LocalTime.of(9, 0), "America/Mexico_City",
                "Sala de la Comisión, Ciudad de México", null));
        DocketItem item = meetings.addToDocket(held.id(), new NewDocketItem(police.id(),
                DocketReason.INITIAL_ACCREDITATION));
        meetings.seat(held.id(), item.id(), chair.id());
        meetings.advance(held.id(), MeetingStatus.DOCKET_CLOSED);
        meetings.advance(held.id(), MeetingStatus.HELD);
        decisions.recordHearing(held.id(), item.id(), new Hearing(
                "Mtra. Ana Lucía Herrera (titular de la Secretaría); Laura Méndez Ortiz (gerente de acreditación)",
                "El financiador coordinó la audiencia y confirmó el apoyo del programa para el primer año.",
                "Los asesores acompañaron el cierre de los hallazgos de la evaluación en sitio.",
                "¿Cómo se asegura la respuesta de la línea de quejas en fin de semana?",
                "Acreditar con una condición: evidencia del tiempo de respuesta de la línea de quejas.", null));
        decisions.decide(held.id(), item.id(), new NewDecision(Outcome.ACCREDITED_WITH_CONDITIONS,
                List.of(new NewDecision.CastVote(chair.id(), Vote.FOR)),
                List.of(new NewDecision.NewCondition("Entregar tres meses de registros de la línea de quejas con "
                        + "respuesta en fin de semana dentro de 24 horas.", today.plusDays(90))), null, null));
    }

    private StaffMember commissioner(String name) {
        return staff.holding(Role.COMMISSIONER).stream().filter(s -> s.displayName().contains(name)).findFirst()
                .orElse(null);
    }
}
