package org.acredita.commission;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Phase;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentKind;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Assessments;
import org.acredita.audit.AuditTrail;
import org.acredita.commission.internal.MeetingStore;
import org.acredita.commission.internal.MeetingStore.ItemRow;
import org.acredita.commission.internal.MeetingStore.MeetingRow;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commission meetings and their dockets. The accreditation body's programme managers (and administrators) plan
 * meetings, put agencies whose assessment report is released on the docket and seat a panel for each; a
 * commissioner sees only the meetings and docket items whose panel they sit on; anyone else sees none (404).
 */
@Service
public class Meetings {

    static final Role[] ORGANISERS = {Role.ADMIN, Role.PROGRAMME_MANAGER};
    private static final Set<AssessmentStatus> RELEASED = EnumSet.of(AssessmentStatus.REPORT_RELEASED,
            AssessmentStatus.CLOSED);
    private static final int MAX_TEXT = 500;

    private final MeetingStore store;
    private final org.acredita.commission.internal.DecisionStore decisions;
    private final AgencyGate gate;
    private final Organisations organisations;
    private final Assessments assessments;
    private final AgencyLifecycle lifecycle;
    private final Staff staff;
    private final AuditTrail audit;
    private final Clock clock;

    Meetings(MeetingStore store, org.acredita.commission.internal.DecisionStore decisions, AgencyGate gate, Organisations organisations, Assessments assessments,
            AgencyLifecycle lifecycle, Staff staff, AuditTrail audit, Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.gate = gate;
        this.organisations = organisations;
        this.assessments = assessments;
        this.lifecycle = lifecycle;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the caller plans meetings and builds dockets. */
    public boolean mayOrganise() {
        return CurrentScope.get().hasAnyRole(ORGANISERS);
    }

    /** The meetings the caller may see, newest first, each with the docket items the caller may see. */
    @Transactional(readOnly = true)
    public List<Meeting> visible() {
        AccessScope scope = CurrentScope.get();
        List<MeetingRow> rows;
        if (scope.hasAnyRole(ORGANISERS)) {
            rows = store.meetings();
        } else if (scope.hasAnyRole(Role.COMMISSIONER) && scope.userId() != null) {
            rows = store.meetingsSeating(scope.userId());
        } else {
            rows = List.of();
        }
        return assemble(rows);
    }

    @Transactional(readOnly = true)
    public Meeting get(UUID meetingId) {
        return visible(meetingId);
    }

    /** One docket item of a meeting the caller sees, if the caller sees it; else not found. */
    @Transactional(readOnly = true)
    public DocketItem item(UUID meetingId, UUID itemId) {
        return visible(meetingId).docket().stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    @Transactional
    public Meeting plan(NewMeeting request) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(ORGANISERS);
        if (request.meetsOn() == null) {
            throw RuleViolation.onField("meetsOn", "commission.meeting.dateRequired");
        }
        ZoneId zone = zone(request.timeZone());
        String place = clean(request.place(), "place");
        String link = clean(request.virtualLink(), "virtualLink");
        if (place == null && link == null) {
            throw RuleViolation.onField("place", "commission.meeting.placeOrLink");
        }
        if (link != null && !isWebLink(link)) {
            throw RuleViolation.onField("virtualLink", "commission.meeting.linkInvalid");
        }
        UUID id = store.insertMeeting(request.meetsOn(), request.startsAt(), zone.getId(), place, link,
                scope.userId());
        audit.record("COMMISSION_MEETING_PLANNED", "commission-meeting", id.toString(), null,
                request.meetsOn() + (request.startsAt() == null ? "" : " " + request.startsAt()) + " " + zone.getId()
                        + " · " + (place != null ? place : link));
        return get(id);
    }

    /**
     * Moves the meeting one step on: the docket closes once every item has a panel, the meeting is held on or
     * after its date (in its own time zone), the minutes are approved after it is held.
     */
    @Transactional
    public Meeting advance(UUID meetingId, MeetingStatus to) {
        CurrentScope.get().requireRole(ORGANISERS);
        MeetingRow meeting = store.meetingForUpdate(meetingId).orElseThrow(NotFoundException::new);
        if (to == null || meeting.status().next() != to) {
            throw new CommissionRefusal("commission.meeting.notNext");
        }
        Meeting current = assemble(List.of(meeting)).get(0);
        if (to == MeetingStatus.DOCKET_CLOSED) {
            if (current.docket().isEmpty()) {
                throw new CommissionRefusal("commission.meeting.docketEmpty");
            }
            Optional<DocketItem> withoutPanel = current.docket().stream().filter(i -> i.panel().isEmpty()).findFirst();
            if (withoutPanel.isPresent()) {
                throw new CommissionRefusal("commission.meeting.panelMissing", withoutPanel.get().agencyName());
            }
        }
        if (to == MeetingStatus.HELD && meeting.meetsOn().isAfter(LocalDate.now(clock.withZone(ZoneId.of(
                meeting.timeZone()))))) {
            throw new CommissionRefusal("commission.meeting.notYet");
        }
        if (!store.moveStatus(meeting.id(), meeting.status(), to)) {
            throw new CommissionRefusal("commission.meeting.notNext");
        }
        audit.record("COMMISSION_MEETING_STATUS_CHANGED", "commission-meeting", meeting.id().toString(), null,
                meeting.status() + " → " + to);
        return get(meeting.id());
    }

    /** Agencies the caller may put on a docket to be heard on a released report, one per agency (its latest). */
    @Transactional(readOnly = true)
    public List<DocketCandidate> candidates() {
        if (!mayOrganise()) {
            return List.of();
        }
        Map<UUID, Assessment> latest = assessments.visible().stream().filter(Meetings::released)
                .collect(Collectors.toMap(Assessment::agencyId, Function.identity(),
                        (a, b) -> a.windowEnd().isAfter(b.windowEnd()) ? a : b));
        Map<UUID, String> names = agencyNames();
        return latest.values().stream()
                .map(a -> new DocketCandidate(a.agencyId(), names.getOrDefault(a.agencyId(), ""), a.id()))
                .sorted(Comparator.comparing(DocketCandidate::agencyName)).toList();
    }

    /**
     * Puts an agency on a planned meeting's docket: heard on its latest released assessment report (initial
     * accreditation, reaccreditation, a deferred re-hearing), or on the award it holds (condition review,
     * suspension). An agency is on a meeting's docket once.
     */
    @Transactional
    public DocketItem addToDocket(UUID meetingId, NewDocketItem request) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(ORGANISERS);
        MeetingRow meeting = store.meetingForUpdate(meetingId).orElseThrow(NotFoundException::new);
        if (request.agencyId() == null) {
            throw RuleViolation.onField("agencyId", "commission.docket.agencyRequired");
        }
        if (request.reason() == null) {
            throw RuleViolation.onField("reason", "commission.docket.reasonRequired");
        }
        Organisation agency = gate.writable(request.agencyId(), ORGANISERS);
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw new CommissionRefusal("commission.docket.closed");
        }
        UUID assessmentId = null;
        if (request.reason().heardOnReport()) {
            assessmentId = assessments.ofAgency(agency.id()).stream().filter(Meetings::released)
                    .max(Comparator.comparing(Assessment::windowEnd)).map(Assessment::id)
                    .orElseThrow(() -> RuleViolation.onField("agencyId", "commission.docket.noReleasedReport",
                            agency.name()));
        } else if (lifecycle.enrolments(agency.id()).stream().noneMatch(e -> Phase.AWARDED.contains(e.phase())
                || e.phase() == Phase.SUSPENDED)) {
            throw RuleViolation.onField("agencyId", "commission.docket.noAward", agency.name());
        }
        UUID id = store.insertItem(meeting.id(), agency.id(), request.reason(), assessmentId, scope.userId());
        if (id == null) {
            throw new CommissionRefusal("commission.docket.already", agency.name());
        }
        audit.record("COMMISSION_DOCKET_ITEM_ADDED", "commission-docket-item", id.toString(), agency.id(),
                agency.name() + " · " + request.reason() + " · " + meeting.meetsOn());
        return item(meeting.id(), id);
    }

    /**
     * Seats a commissioner on the panel that hears a docket item, until the meeting is held. A commissioner who
     * declared a conflict of interest with the agency is refused, naming the conflict.
     */
    @Transactional
    public DocketItem seat(UUID meetingId, UUID itemId, UUID commissionerId) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(ORGANISERS);
        MeetingRow meeting = store.meetingForUpdate(meetingId).orElseThrow(NotFoundException::new);
        ItemRow item = store.item(itemId).filter(i -> i.meetingId().equals(meeting.id()))
                .orElseThrow(NotFoundException::new);
        Organisation agency = gate.writable(item.agencyId(), ORGANISERS);
        if (commissionerId == null || !staff.holds(commissionerId, Role.COMMISSIONER)) {
            throw RuleViolation.onField("commissionerId", "commission.panel.notCommissioner");
        }
        if (meeting.status() != MeetingStatus.PLANNED && meeting.status() != MeetingStatus.DOCKET_CLOSED) {
            throw new CommissionRefusal("commission.panel.closed");
        }
        String name = staff.named(List.of(commissionerId)).get(commissionerId).displayName();
        var conflict = store.conflict(commissionerId, agency.id());
        if (conflict.isPresent()) {
            throw new CommissionRefusal("commission.panel.conflict", name, agency.name(),
                    new org.springframework.context.support.DefaultMessageSourceResolvable(
                            "commission.conflict.kind." + conflict.get().kind().name()));
        }
        if (!store.insertSeat(item.id(), agency.id(), commissionerId, scope.userId())) {
            throw new CommissionRefusal("commission.panel.already", name);
        }
        audit.record("COMMISSION_PANEL_SEATED", "commission-docket-item", item.id().toString(), agency.id(),
                name + " · " + agency.name() + " · " + meeting.meetsOn());
        return item(meeting.id(), item.id());
    }

    /** The accreditation body's commissioners, to choose a panel from. */
    @Transactional(readOnly = true)
    public List<StaffMember> commissioners() {
        return mayOrganise() ? staff.holding(Role.COMMISSIONER) : List.of();
    }

    private Meeting visible(UUID meetingId) {
        MeetingRow row = store.meeting(meetingId).orElseThrow(NotFoundException::new);
        Meeting meeting = assemble(List.of(row)).get(0);
        if (meeting.docket().isEmpty() && !mayOrganise()) {
            throw new NotFoundException();
        }
        return meeting;
    }

    /** The meetings with their items and panels; a commissioner keeps only the items whose panel they sit on. */
    private List<Meeting> assemble(List<MeetingRow> rows) {
        AccessScope scope = CurrentScope.get();
        boolean organiser = scope.hasAnyRole(ORGANISERS);
        List<ItemRow> items = store.items(rows.stream().map(MeetingRow::id).toList());
        Map<UUID, List<UUID>> seats = store.seats(items.stream().map(ItemRow::id).toList()).stream().collect(
                Collectors.groupingBy(MeetingStore.SeatRow::itemId,
                        Collectors.mapping(MeetingStore.SeatRow::commissionerId, Collectors.toList())));
        Map<UUID, StaffMember> people = staff.named(seats.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        Map<UUID, String> names = items.isEmpty() ? Map.of() : agencyNames();
        Map<UUID, Outcome> outcomes = decisions.outcomes(items.stream().map(ItemRow::id).toList());
        Map<UUID, List<DocketItem>> byMeeting = items.stream()
                .map(i -> new DocketItem(i.id(), i.meetingId(), i.agencyId(), names.getOrDefault(i.agencyId(), ""),
                        i.reason(), i.assessmentId(), seats.getOrDefault(i.id(), List.of()).stream()
                                .map(c -> new PanelSeat(c, people.containsKey(c) ? people.get(c).displayName() : ""))
                                .toList(), outcomes.get(i.id())))
                .filter(i -> organiser || i.seats(scope.userId()))
                .collect(Collectors.groupingBy(DocketItem::meetingId));
        return rows.stream().map(r -> new Meeting(r.id(), r.meetsOn(), r.startsAt(), ZoneId.of(r.timeZone()),
                r.place(), r.virtualLink(), r.status(), byMeeting.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<UUID, String> agencyNames() {
        return organisations.visible().stream().filter(Organisation::isAgency)
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private static boolean released(Assessment assessment) {
        return assessment.kind() != AssessmentKind.MOCK_ASSESSMENT && RELEASED.contains(assessment.status());
    }

    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of("America/Mexico_City");
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw RuleViolation.onField("timeZone", "commission.meeting.zoneInvalid", timeZone.strip());
        }
    }

    private static String clean(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_TEXT) {
            throw RuleViolation.onField(field, "commission.text.tooLong", MAX_TEXT);
        }
        return text.strip();
    }

    private static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
