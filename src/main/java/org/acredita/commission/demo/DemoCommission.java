package org.acredita.commission.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.acredita.access.Role;
import org.acredita.commission.ConflictKind;
import org.acredita.commission.Conflicts;
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
 * The next Commission meeting, planned, with the C5 on its docket when its assessment report is released (with
 * `comisionado` on its panel), and the second demo commissioner's declared conflict with the police force. A held
 * meeting with the police force's decision needs its released site-based report, which the demo lacks so far.
 */
@Component
class DemoCommission implements DemoSeed {

    private final Meetings meetings;
    private final Conflicts conflicts;
    private final MeetingStore store;
    private final Organisations organisations;
    private final Staff staff;

    DemoCommission(Meetings meetings, Conflicts conflicts, MeetingStore store, Organisations organisations,
            Staff staff) {
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
        return Set.of("identity.organisations-and-people", "assessments.reviews", "assessments.findings");
    }

    @Override
    public void seed() {
        Organisation police = organisations.agencyNamed("Querétaro").orElse(null);
        Organisation c5 = organisations.agencyNamed("C5").orElse(null);
        if (police == null || c5 == null || store.anyMeeting()) {
            return;
        }
        Meeting meeting = meetings.plan(new NewMeeting(LocalDate.now(police.timeZone()).plusDays(45),
                LocalTime.of(10, 0), "America/Mexico_City", "Sala de la Comisión, Ciudad de México",
                "https://reuniones.demo.acredita.invalid/comision"));
        StaffMember chair = commissioner("Robert García");
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

    private StaffMember commissioner(String name) {
        return staff.holding(Role.COMMISSIONER).stream().filter(s -> s.displayName().contains(name)).findFirst()
                .orElse(null);
    }
}
