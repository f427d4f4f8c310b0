package org.acredita.training;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Organisation;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.programmes.Programme;
import org.acredita.programmes.Programmes;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.acredita.training.internal.TrainingRepository;
import org.acredita.training.internal.TrainingRepository.AttendanceRow;
import org.acredita.training.internal.TrainingRepository.EventFields;
import org.acredita.training.internal.TrainingRepository.EventRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Training events of the programmes the caller takes part in. Programme staff (administrators, the programme
 * manager, advisors and regional managers) create events; those who change every agency change any event, the
 * others the events they created. Attendance is recorded by the same staff for the invited agencies they may
 * change; whoever reads an agency reads its people's attendance, and nobody sees another agency's. Audited.
 */
@Service
public class TrainingEvents {

    /** Attendance is recorded once the event has taken place, on central Mexico's calendar. */
    static final ZoneId PROGRAMME_ZONE = ZoneId.of("America/Mexico_City");
    static final String MATERIAL = "training-material";
    private static final Role[] STAFF = {Role.ADMIN, Role.PROGRAMME_MANAGER, Role.ADVISOR, Role.REGIONAL_MANAGER};

    private final TrainingRepository repository;
    private final Programmes programmes;
    private final Organisations organisations;
    private final Staff staff;
    private final StoredFiles files;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TrainingEvents(TrainingRepository repository, Programmes programmes, Organisations organisations, Staff staff,
            StoredFiles files, AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.programmes = programmes;
        this.organisations = organisations;
        this.staff = staff;
        this.files = files;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The events of one programme, or of every programme the caller takes part in (null), newest first. */
    @Transactional(readOnly = true)
    public List<TrainingEvent> events(UUID programmeId) {
        List<UUID> ids = programmeId == null ? programmes.visible().stream().map(Programme::id).toList()
                : List.of(programmes.get(programmeId).id());
        Map<UUID, String> agencies = agencyNames();
        return repository.events(ids).stream().map(row -> event(row, agencies)).toList();
    }

    /** An event of a programme the caller takes part in; any other is not found. */
    @Transactional(readOnly = true)
    public TrainingEvent event(UUID eventId) {
        EventRow row = repository.event(eventId).orElseThrow(NotFoundException::new);
        programmes.get(row.programmeId());
        return event(row, agencyNames());
    }

    /** Whether the event has taken place (its day has come on central Mexico's calendar). */
    public boolean held(TrainingEvent event) {
        return !event.heldOn().isAfter(LocalDate.now(clock.withZone(PROGRAMME_ZONE)));
    }

    public boolean mayCreate() {
        return CurrentScope.get().hasAnyRole(STAFF);
    }

    public boolean mayEdit(TrainingEvent event) {
        AccessScope scope = CurrentScope.get();
        return scope.hasAnyRole(STAFF)
                && (scope.write().all() || (scope.userId() != null && scope.userId().equals(event.createdBy())));
    }

    /** Materials carry no agency, so the file store takes them only from those who change every agency. */
    public boolean mayAttachMaterials(TrainingEvent event) {
        return mayEdit(event) && CurrentScope.get().write().all();
    }

    @Transactional
    public TrainingEvent create(NewTrainingEvent request) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(STAFF);
        if (request.programmeId() == null) {
            throw RuleViolation.onField("programmeId", "training.programme.required");
        }
        Programme programme = programmes.get(request.programmeId());
        EventFields fields = EventRules.check(request);
        UUID id = UUID.randomUUID();
        repository.insertEvent(id, programme.id(), fields, scope.userId());
        Set<UUID> invited = invite(id, programme, Set.of(), request.invitedAgencyIds());
        audit.record("TRAINING_EVENT_CREATED", "training-event", id.toString(), null, programme.name() + " · "
                + fields.topic() + " · " + fields.heldOn() + " · " + invited.size());
        return event(id);
    }

    @Transactional
    public TrainingEvent update(UUID eventId, NewTrainingEvent request) {
        TrainingEvent current = event(eventId);
        requireEditor(current);
        Programme programme = programmes.get(current.programmeId());
        EventFields fields = EventRules.check(request);
        if (!repository.updateEvent(current.id(), fields)) {
            throw new ForbiddenException();
        }
        Set<UUID> before = current.invited().stream().map(TrainingEvent.InvitedAgency::id).collect(Collectors.toSet());
        Set<UUID> after = invite(current.id(), programme, before, request.invitedAgencyIds());
        audit.record("TRAINING_EVENT_UPDATED", "training-event", current.id().toString(), null, programme.name()
                + " · " + fields.topic() + " · " + fields.heldOn() + " · " + after.size());
        return event(current.id());
    }

    /**
     * Invites the requested agencies and withdraws the invitations left out, among the agencies the caller may
     * change (others' invitations stay as they are); an agency with attendance stays invited.
     */
    private Set<UUID> invite(UUID eventId, Programme programme, Set<UUID> before, List<UUID> requested) {
        AccessScope scope = CurrentScope.get();
        Set<UUID> wanted = new HashSet<>(requested == null ? List.of() : requested);
        wanted.remove(null);
        Set<UUID> members = programmes.memberAgencies(programme);
        Set<UUID> now = new HashSet<>(before);
        for (UUID agencyId : wanted) {
            if (before.contains(agencyId)) {
                continue;
            }
            if (!members.contains(agencyId) || !scope.canWrite(agencyId)) {
                throw RuleViolation.onField("invitedAgencyIds", "training.invited.notInProgramme");
            }
            repository.invite(eventId, agencyId);
            now.add(agencyId);
        }
        for (UUID agencyId : before) {
            if (wanted.contains(agencyId) || !scope.canWrite(agencyId)) {
                continue;
            }
            if (repository.anyAttendance(eventId, agencyId)) {
                throw RuleViolation.onField("invitedAgencyIds", "training.invited.hasAttendance");
            }
            repository.uninvite(eventId, agencyId);
            now.remove(agencyId);
        }
        return now;
    }

    /** The attendance at the event the caller may see (their agencies' people only). */
    @Transactional(readOnly = true)
    public List<Attendance> attendance(UUID eventId) {
        TrainingEvent event = event(eventId);
        Map<UUID, String> agencies = agencyNames();
        return repository.attendanceAt(event.id()).stream().filter(a -> agencies.containsKey(a.agencyId()))
                .map(a -> attendance(a, agencies)).toList();
    }

    /** The invited agencies whose attendance the caller may record, with their people to choose from. */
    @Transactional(readOnly = true)
    public Map<TrainingEvent.InvitedAgency, List<StaffMember>> recordable(TrainingEvent event) {
        AccessScope scope = CurrentScope.get();
        Map<TrainingEvent.InvitedAgency, List<StaffMember>> people = new LinkedHashMap<>();
        if (!scope.hasAnyRole(STAFF)) {
            return people;
        }
        for (TrainingEvent.InvitedAgency agency : event.invited()) {
            if (scope.canWrite(agency.id())) {
                people.put(agency, staff.ofAgency(agency.id()));
            }
        }
        return people;
    }

    @Transactional
    public Attendance attend(UUID eventId, NewAttendance request) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(STAFF);
        TrainingEvent event = event(eventId);
        if (!held(event)) {
            throw RuleViolation.onField("heldOn", "training.attendance.notYetHeld.field");
        }
        UUID agencyId;
        String name;
        if (request.userId() != null) {
            StaffMember person = event.invited().stream().filter(a -> scope.canWrite(a.id()))
                    .flatMap(a -> staff.ofAgency(a.id()).stream())
                    .filter(p -> p.id().equals(request.userId())).findFirst()
                    .orElseThrow(() -> RuleViolation.onField("userId", "training.attendance.personUnknown"));
            agencyId = person.organisationId();
            name = person.displayName();
        } else {
            agencyId = request.agencyId();
            name = EventRules.text(request.fullName(), 200, "fullName");
            if (agencyId == null) {
                throw RuleViolation.onField("agencyId", "training.attendance.agencyRequired");
            }
            if (name == null || name.length() < 2) {
                throw RuleViolation.onField("fullName", "training.attendance.nameRequired");
            }
        }
        if (event.invited().stream().noneMatch(a -> a.id().equals(agencyId))) {
            scope.requireRead(agencyId);
            throw RuleViolation.onField("agencyId", "training.attendance.notInvited");
        }
        scope.requireWrite(agencyId);
        String position = EventRules.text(request.position(), 120, "position");
        BigDecimal hours = EventRules.hours(request.hours(), event.durationHours(), "hours",
                "training.attendance.hoursInvalid");
        if (repository.attends(event.id(), agencyId, request.userId(), name)) {
            throw RuleViolation.onField(request.userId() != null ? "userId" : "fullName",
                    "training.attendance.duplicate", name);
        }
        UUID id = repository.insertAttendance(event.id(), agencyId, request.userId(), name, position, hours,
                scope.userId());
        audit.record("TRAINING_ATTENDANCE_RECORDED", "training-event", event.id().toString(), agencyId,
                event.topic() + " · " + event.heldOn() + " · " + name + " · " + hours.toPlainString() + " h");
        return attendance(repository.attendance(id).orElseThrow(), agencyNames());
    }

    /** Takes a recorded attendance back (a person recorded by mistake). */
    @Transactional
    public void removeAttendance(UUID eventId, UUID attendanceId) {
        AccessScope scope = CurrentScope.get();
        TrainingEvent event = event(eventId);
        AttendanceRow row = repository.attendance(attendanceId).filter(a -> a.eventId().equals(event.id()))
                .orElseThrow(NotFoundException::new);
        scope.requireRead(row.agencyId());
        scope.requireWrite(row.agencyId());
        scope.requireRole(STAFF);
        repository.deleteAttendance(row.id());
        audit.record("TRAINING_ATTENDANCE_REMOVED", "training-event", event.id().toString(), row.agencyId(),
                event.topic() + " · " + event.heldOn() + " · " + row.fullName());
    }

    /** Who of the agency is trained, course by course, newest first. */
    @Transactional(readOnly = true)
    public TrainedPeople trainedAt(UUID agencyId) {
        Organisation agency = organisations.get(agencyId);
        if (!agency.isAgency()) {
            throw new NotFoundException();
        }
        List<AttendanceRow> rows = repository.attendanceOf(agency.id());
        Set<UUID> visibleProgrammes = programmes.visible().stream().map(Programme::id).collect(Collectors.toSet());
        Map<UUID, EventRow> events = repository.events(visibleProgrammes).stream()
                .collect(Collectors.toMap(EventRow::id, Function.identity()));
        Map<UUID, List<TrainedPeople.Person>> byEvent = new LinkedHashMap<>();
        for (AttendanceRow row : rows) {
            if (events.containsKey(row.eventId())) {
                byEvent.computeIfAbsent(row.eventId(), e -> new java.util.ArrayList<>())
                        .add(new TrainedPeople.Person(row.id(), row.fullName(), row.position(), row.hours()));
            }
        }
        List<TrainedPeople.Course> courses = byEvent.entrySet().stream().map(entry -> {
            EventRow e = events.get(entry.getKey());
            return new TrainedPeople.Course(e.id(), e.topic(), e.format(), e.audiences(), e.heldOn(), entry.getValue());
        }).toList();
        return new TrainedPeople(agency.id(), agency.name(), courses);
    }

    /** What the certificate of this attendance states; readable by whoever reads the person's agency. */
    @Transactional(readOnly = true)
    public CertificateOfAttendance certificate(UUID attendanceId) {
        AttendanceRow row = repository.attendance(attendanceId).orElseThrow(NotFoundException::new);
        CurrentScope.get().requireRead(row.agencyId());
        EventRow event = repository.event(row.eventId()).orElseThrow(NotFoundException::new);
        Programme programme = programmes.get(event.programmeId());
        Organisation agency = organisations.get(row.agencyId());
        return new CertificateOfAttendance(CertificateOfAttendance.number(event.heldOn(), row.certificateNumber()),
                row.fullName(), row.position(), agency.name(), programme.name(), event.topic(), event.format(),
                event.audiences(), event.heldOn(), event.durationHours(), row.hours(), event.place(), event.link(),
                event.trainers());
    }

    /** The event's materials, oldest first. */
    @Transactional(readOnly = true)
    public List<StoredFile> materials(UUID eventId) {
        return files.list(null, MATERIAL, event(eventId).id().toString());
    }

    /** Checks, takes the bytes into the file store outside any transaction, then records them in a short one. */
    public StoredFile attachMaterial(UUID eventId, String fileName, InputStream content) {
        requireMaterialKeeper(eventId);
        ReceivedFile received = files.receive(null, fileName, content);
        return transactions.execute(status -> files.record(received, MATERIAL,
                requireMaterialKeeper(eventId).id().toString()));
    }

    private TrainingEvent requireMaterialKeeper(UUID eventId) {
        TrainingEvent event = event(eventId);
        requireEditor(event);
        if (!mayAttachMaterials(event)) {
            throw new ForbiddenException();
        }
        return event;
    }

    private void requireEditor(TrainingEvent event) {
        CurrentScope.get().requireRole(STAFF);
        if (!mayEdit(event)) {
            throw new ForbiddenException();
        }
    }

    /** The agencies the caller may see, by id (how invitations and attendance are named). */
    private Map<UUID, String> agencyNames() {
        return organisations.visible().stream().filter(Organisation::isAgency)
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    private static TrainingEvent event(EventRow row, Map<UUID, String> agencies) {
        List<TrainingEvent.InvitedAgency> invited = row.invited().stream().filter(agencies::containsKey)
                .map(id -> new TrainingEvent.InvitedAgency(id, agencies.get(id)))
                .sorted(java.util.Comparator.comparing(TrainingEvent.InvitedAgency::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new TrainingEvent(row.id(), row.programmeId(), row.topic(), row.format(), row.audiences(),
                row.heldOn(), row.durationHours(), row.place(), row.link(), row.trainers(), row.description(),
                row.createdBy(), invited, row.attendees(), row.attendedHours());
    }

    private static Attendance attendance(AttendanceRow a, Map<UUID, String> agencies) {
        return new Attendance(a.id(), a.eventId(), a.agencyId(), agencies.get(a.agencyId()), a.userId(), a.fullName(),
                a.position(), a.hours(), a.certificateNumber());
    }

    /** The programme's figures over the given agencies the caller may see, for a dashboard. */
    @Transactional(readOnly = true)
    public TrainingTally tally(Programme programme, Collection<UUID> agencyIds) {
        AccessScope scope = CurrentScope.get();
        TrainingRepository.Tally t = repository.tally(programme.id(), agencyIds.stream().filter(scope::canRead).toList());
        return new TrainingTally(t.events(), t.people(), t.hours());
    }
}
