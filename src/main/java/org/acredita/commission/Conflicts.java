package org.acredita.commission;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.commission.internal.MeetingStore;
import org.acredita.commission.internal.MeetingStore.ConflictRow;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Conflicts of interest: a commissioner declares their own (same state, a past relation, another reason
 * described); programme managers may record one a commissioner told them of, and see them all. A declared
 * conflict keeps the commissioner off that agency's panels ({@link Meetings#seat}).
 */
@Service
public class Conflicts {

    private static final int MAX_NOTE = 1000;

    private final MeetingStore store;
    private final AgencyGate gate;
    private final Organisations organisations;
    private final Staff staff;
    private final AuditTrail audit;

    Conflicts(MeetingStore store, AgencyGate gate, Organisations organisations, Staff staff, AuditTrail audit) {
        this.store = store;
        this.gate = gate;
        this.organisations = organisations;
        this.staff = staff;
        this.audit = audit;
    }

    /** Whether the caller declares conflicts (a commissioner, for themselves, or an organiser). */
    public boolean mayDeclare() {
        return CurrentScope.get().hasAnyRole(Role.COMMISSIONER, Role.ADMIN, Role.PROGRAMME_MANAGER);
    }

    /** The caller's own declarations, or every declaration for an organiser; nothing for anyone else. */
    @Transactional(readOnly = true)
    public List<Conflict> visible() {
        AccessScope scope = CurrentScope.get();
        List<ConflictRow> rows;
        if (scope.hasAnyRole(Meetings.ORGANISERS)) {
            rows = store.allConflicts();
        } else if (scope.hasAnyRole(Role.COMMISSIONER) && scope.userId() != null) {
            rows = store.conflictsOf(scope.userId());
        } else {
            rows = List.of();
        }
        Map<UUID, StaffMember> people = staff.named(rows.stream().map(ConflictRow::commissionerId)
                .collect(Collectors.toSet()));
        Map<UUID, String> agencies = organisations.visible().stream().filter(Organisation::isAgency)
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        return rows.stream().filter(r -> agencies.containsKey(r.agencyId()))
                .map(r -> new Conflict(r.id(), r.commissionerId(), people.containsKey(r.commissionerId())
                        ? people.get(r.commissionerId()).displayName() : "", r.agencyId(), agencies.get(r.agencyId()),
                        r.kind(), r.note(), r.declaredAt()))
                .toList();
    }

    @Transactional
    public Conflict declare(NewConflict request) {
        AccessScope scope = CurrentScope.get();
        if (!mayDeclare()) {
            throw new ForbiddenException();
        }
        UUID commissioner = request.commissionerId() == null ? scope.userId() : request.commissionerId();
        boolean organiser = scope.hasAnyRole(Meetings.ORGANISERS);
        if (!organiser && (commissioner == null || !commissioner.equals(scope.userId()))) {
            throw new ForbiddenException();
        }
        if (commissioner == null || !staff.holds(commissioner, Role.COMMISSIONER)) {
            throw RuleViolation.onField("commissionerId", "commission.panel.notCommissioner");
        }
        if (request.agencyId() == null) {
            throw RuleViolation.onField("agencyId", "commission.docket.agencyRequired");
        }
        Organisation agency = gate.readable(request.agencyId());
        if (request.kind() == null) {
            throw RuleViolation.onField("kind", "commission.conflict.kindRequired");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (request.kind() == ConflictKind.OTHER && note == null) {
            throw RuleViolation.onField("note", "commission.conflict.noteRequired");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw RuleViolation.onField("note", "commission.text.tooLong", MAX_NOTE);
        }
        UUID id = store.insertConflict(commissioner, agency.id(), request.kind(), note, scope.userId());
        if (id == null) {
            throw new CommissionRefusal("commission.conflict.already", agency.name());
        }
        audit.record("COMMISSION_CONFLICT_DECLARED", "commission-conflict", id.toString(), agency.id(),
                staff.named(List.of(commissioner)).get(commissioner).displayName() + " · " + agency.name() + " · "
                        + request.kind());
        return visible().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
