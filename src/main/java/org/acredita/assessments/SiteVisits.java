package org.acredita.assessments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.RuleViolation;
import org.acredita.assessments.internal.Visibility;
import org.acredita.assessments.visits.ItemDraft;
import org.acredita.assessments.visits.NoteKind;
import org.acredita.assessments.visits.NoticeRule;
import org.acredita.assessments.visits.ScheduleCalendar;
import org.acredita.assessments.visits.SiteVisit;
import org.acredita.assessments.visits.VisitItem;
import org.acredita.assessments.visits.VisitNote;
import org.acredita.assessments.visits.VisitStore;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.programmes.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The visit of a site-based assessment: its days (inside the assessment's window, announced at least the
 * programme's notice before they start, which opens the public comment period), the schedule, read by everyone
 * who may know of the assessment (the team, programme staff, the agency and its advisors) and edited by the team
 * leader and the programme staff, its calendar file, and the team's interview and observation notes.
 */
@Service
public class SiteVisits {

    private static final int MAX_TITLE = 200;
    private static final int MAX_PLACE = 300;
    private static final int MAX_PEOPLE = 1000;
    private static final int MAX_NOTES = 4000;
    private static final int MAX_NOTE = 10000;

    private final Assessments assessments;
    private final VisitStore store;
    private final AgencyGate gate;
    private final Programmes programmes;
    private final AuditTrail audit;
    private final Clock clock;

    SiteVisits(Assessments assessments, VisitStore store, AgencyGate gate, Programmes programmes, AuditTrail audit,
            Clock clock) {
        this.assessments = assessments;
        this.store = store;
        this.gate = gate;
        this.programmes = programmes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The visit of an assessment the caller may know of; empty until it is scheduled. */
    @Transactional(readOnly = true)
    public Optional<SiteVisit> visit(UUID assessmentId) {
        return store.ofAssessment(assessments.get(assessmentId).id());
    }

    @Transactional(readOnly = true)
    public List<VisitItem> items(UUID assessmentId) {
        return visit(assessmentId).map(v -> store.items(v.id())).orElse(List.of());
    }

    /** Whether the caller edits the schedule and moderates comments (the team leader, programme staff). */
    public boolean mayLead(Assessment assessment) {
        AccessScope scope = CurrentScope.get();
        boolean leader = assessment.team().stream().anyMatch(m -> m.userId().equals(scope.userId())
                && m.role() == TeamRole.TEAM_LEADER);
        return assessment.kind() == AssessmentKind.SITE_BASED_ASSESSMENT
                && Visibility.mayLead(scope, assessment.agencyId(), leader);
    }

    /** Schedules the visit, or moves its days; announced today, so the comment period opens now. */
    @Transactional
    public SiteVisit schedule(UUID assessmentId, LocalDate startsOn, LocalDate endsOn) {
        Assessment assessment = led(assessmentId);
        Organisation agency = gate.readable(assessment.agencyId());
        return schedule(assessment, agency, startsOn, endsOn, LocalDate.now(clock.withZone(agency.timeZone())),
                clock.instant());
    }

    /**
     * Records a visit whose public notice was given earlier, on the date stated (the demo's past visit, a visit
     * announced before the product was used): the notice rule is applied from that date. Programme staff only.
     */
    @Transactional
    public SiteVisit scheduleAnnounced(UUID assessmentId, LocalDate startsOn, LocalDate endsOn,
            LocalDate announcedOn) {
        Assessment assessment = led(assessmentId);
        if (!CurrentScope.get().hasAnyRole(org.acredita.access.Role.ADMIN,
                org.acredita.access.Role.PROGRAMME_MANAGER)) {
            throw new ForbiddenException();
        }
        Organisation agency = gate.readable(assessment.agencyId());
        LocalDate today = LocalDate.now(clock.withZone(agency.timeZone()));
        if (announcedOn == null || announcedOn.isAfter(today)) {
            throw RuleViolation.onField("announcedOn", "visits.announced.future");
        }
        return schedule(assessment, agency, startsOn, endsOn, announcedOn,
                announcedOn.atStartOfDay(agency.timeZone()).toInstant());
    }

    private SiteVisit schedule(Assessment assessment, Organisation agency, LocalDate startsOn, LocalDate endsOn,
            LocalDate announcedOn, Instant openAt) {
        if (startsOn == null) {
            throw RuleViolation.onField("startsOn", "visits.days.startRequired");
        }
        if (endsOn == null) {
            throw RuleViolation.onField("endsOn", "visits.days.endRequired");
        }
        if (endsOn.isBefore(startsOn)) {
            throw RuleViolation.onField("endsOn", "visits.days.endBeforeStart");
        }
        if (startsOn.isBefore(assessment.windowStart()) || endsOn.isAfter(assessment.windowEnd())) {
            throw RuleViolation.onField("startsOn", "visits.days.outsideWindow");
        }
        if (assessment.status() != AssessmentStatus.PLANNED && assessment.status() != AssessmentStatus.IN_PROGRESS) {
            throw RuleViolation.onField("startsOn", "visits.days.tooLate");
        }
        ZoneId zone = agency.timeZone();
        Instant closeAt = endsOn.plusDays(1).atStartOfDay(zone).toInstant();
        Optional<SiteVisit> existing = store.ofAssessment(assessment.id());
        if (existing.isPresent()) {
            SiteVisit visit = existing.get();
            LocalDate announced = LocalDate.ofInstant(visit.commentsOpenAt(), visit.zone());
            NoticeRule.require(announced, startsOn, visit.noticeDays());
            if (store.itemsOutside(visit.id(), startsOn.atStartOfDay(zone).toInstant(), closeAt)) {
                throw RuleViolation.onField("startsOn", "visits.days.itemsOutside");
            }
            store.reschedule(visit.id(), startsOn, endsOn, closeAt);
            audit.record("SITE_VISIT_RESCHEDULED", "assessment", assessment.id().toString(), assessment.agencyId(),
                    visit.startsOn() + "–" + visit.endsOn() + " → " + startsOn + "–" + endsOn);
            return store.find(visit.id()).orElseThrow();
        }
        int notice = programmes.publicCommentNoticeDays(assessment.agencyId());
        NoticeRule.require(announcedOn, startsOn, notice);
        UUID id = store.insert(assessment.id(), assessment.agencyId(), startsOn, endsOn, zone, notice, openAt,
                closeAt, CurrentScope.get().userId());
        audit.record("SITE_VISIT_SCHEDULED", "assessment", assessment.id().toString(), assessment.agencyId(),
                startsOn + "–" + endsOn + " · " + notice);
        return store.find(id).orElseThrow();
    }

    @Transactional
    public VisitItem addItem(UUID assessmentId, ItemDraft draft) {
        Assessment assessment = led(assessmentId);
        SiteVisit visit = scheduled(assessment);
        Checked item = check(assessment, visit, draft);
        UUID id = store.insertItem(visit, draft.kind(), item.title(), item.place(), item.startsAt(), item.endsAt(),
                draft.teamMembers(), item.agencyPeople(), item.notes(), CurrentScope.get().userId());
        audit.record("SITE_VISIT_ITEM_ADDED", "assessment", assessment.id().toString(), assessment.agencyId(),
                draft.kind() + " · " + item.title() + " · " + draft.startsAt());
        return store.item(visit.id(), id).orElseThrow();
    }

    @Transactional
    public VisitItem updateItem(UUID assessmentId, UUID itemId, ItemDraft draft) {
        Assessment assessment = led(assessmentId);
        SiteVisit visit = scheduled(assessment);
        store.item(visit.id(), itemId).orElseThrow(NotFoundException::new);
        Checked item = check(assessment, visit, draft);
        store.updateItem(visit.id(), itemId, draft.kind(), item.title(), item.place(), item.startsAt(),
                item.endsAt(), draft.teamMembers(), item.agencyPeople(), item.notes(), CurrentScope.get().userId());
        audit.record("SITE_VISIT_ITEM_CHANGED", "assessment", assessment.id().toString(), assessment.agencyId(),
                draft.kind() + " · " + item.title() + " · " + draft.startsAt());
        return store.item(visit.id(), itemId).orElseThrow();
    }

    @Transactional
    public void removeItem(UUID assessmentId, UUID itemId) {
        Assessment assessment = led(assessmentId);
        SiteVisit visit = scheduled(assessment);
        VisitItem item = store.item(visit.id(), itemId).orElseThrow(NotFoundException::new);
        store.deleteItem(visit.id(), itemId);
        audit.record("SITE_VISIT_ITEM_REMOVED", "assessment", assessment.id().toString(), assessment.agencyId(),
                item.kind() + " · " + item.title());
    }

    /** The team's notes (programme staff and the team only). */
    @Transactional(readOnly = true)
    public List<VisitNote> notes(UUID assessmentId) {
        Assessment assessment = detailed(assessmentId);
        Map<UUID, String> names = assessment.team().stream()
                .collect(Collectors.toMap(TeamMember::userId, TeamMember::displayName));
        return store.ofAssessment(assessment.id()).map(v -> store.notes(v.id())).orElse(List.of()).stream()
                .map(n -> new VisitNote(n.id(), n.itemId(), n.kind(), n.standards(), n.body(), n.authorId(),
                        names.getOrDefault(n.authorId(), ""), n.createdAt()))
                .toList();
    }

    /** A team member's note from an interview or observation, linked to standards of the scope by number. */
    @Transactional
    public VisitNote addNote(UUID assessmentId, UUID itemId, NoteKind kind, List<String> standards, String body) {
        Assessment assessment = detailed(assessmentId);
        if (!assessments.mayRun(assessment)) {
            throw new ForbiddenException();
        }
        SiteVisit visit = scheduled(assessment);
        if (kind == null) {
            throw RuleViolation.onField("kind", "visits.note.kindRequired");
        }
        if (itemId != null) {
            store.item(visit.id(), itemId).orElseThrow(() -> RuleViolation.onField("itemId", "visits.note.itemUnknown"));
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw RuleViolation.onField("body", "visits.note.bodyRequired");
        }
        if (text.length() > MAX_NOTE) {
            throw RuleViolation.onField("body", "visits.note.tooLong", MAX_NOTE);
        }
        Map<String, String> scope = assessments.scope(assessment.id());
        List<String> numbers = new ArrayList<>();
        for (String number : standards == null ? List.<String>of() : standards) {
            String clean = number == null ? "" : number.strip();
            if (clean.isEmpty() || numbers.contains(clean)) {
                continue;
            }
            if (!scope.containsKey(clean)) {
                throw RuleViolation.onField("standards", "visits.note.standardOutside", clean);
            }
            numbers.add(clean);
        }
        if (numbers.isEmpty()) {
            throw RuleViolation.onField("standards", "visits.note.standardsRequired");
        }
        UUID id = store.insertNote(visit, itemId, kind, numbers, text, CurrentScope.get().userId());
        audit.record("SITE_VISIT_NOTE_ADDED", "assessment", assessment.id().toString(), assessment.agencyId(),
                kind + " · " + String.join(", ", numbers));
        return notes(assessmentId).stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    /** The schedule as an iCalendar file in the words given (the caller's language). */
    @Transactional(readOnly = true)
    public String calendar(UUID assessmentId, ScheduleCalendar.Words words) {
        Assessment assessment = assessments.get(assessmentId);
        SiteVisit visit = store.ofAssessment(assessment.id()).orElseThrow(NotFoundException::new);
        return ScheduleCalendar.write(visit, store.items(visit.id()), words, clock.instant(), "acredita");
    }

    private SiteVisit scheduled(Assessment assessment) {
        return store.ofAssessment(assessment.id())
                .orElseThrow(() -> RuleViolation.onField("startsOn", "visits.notScheduled"));
    }

    private Assessment led(UUID assessmentId) {
        Assessment assessment = detailed(assessmentId);
        if (assessment.kind() != AssessmentKind.SITE_BASED_ASSESSMENT) {
            throw RuleViolation.onField("kind", "visits.kind.notSiteBased");
        }
        if (!mayLead(assessment)) {
            throw new ForbiddenException();
        }
        return assessment;
    }

    private Assessment detailed(UUID assessmentId) {
        Assessment assessment = assessments.get(assessmentId);
        if (!assessments.seesDetail(assessment)) {
            throw new NotFoundException();
        }
        return assessment;
    }

    private record Checked(String title, String place, Instant startsAt, Instant endsAt, String agencyPeople,
            String notes) {
    }

    private static Checked check(Assessment assessment, SiteVisit visit, ItemDraft draft) {
        if (draft.kind() == null) {
            throw RuleViolation.onField("kind", "visits.item.kindRequired");
        }
        String title = required(draft.title(), "title", MAX_TITLE);
        String place = required(draft.place(), "place", MAX_PLACE);
        if (draft.startsAt() == null) {
            throw RuleViolation.onField("startsAt", "visits.item.startRequired");
        }
        if (draft.endsAt() == null) {
            throw RuleViolation.onField("endsAt", "visits.item.endRequired");
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw RuleViolation.onField("endsAt", "visits.item.endBeforeStart");
        }
        LocalDateTime first = visit.startsOn().atStartOfDay();
        LocalDateTime afterLast = visit.endsOn().plusDays(1).atStartOfDay();
        if (draft.startsAt().isBefore(first) || draft.endsAt().isAfter(afterLast)) {
            throw RuleViolation.onField("startsAt", "visits.item.outsideVisit");
        }
        for (UUID member : draft.teamMembers()) {
            if (!assessment.onTeam(member)) {
                throw RuleViolation.onField("teamMembers", "visits.item.notOnTeam");
            }
        }
        String people = optional(draft.agencyPeople(), "agencyPeople", MAX_PEOPLE);
        String notes = optional(draft.notes(), "notes", MAX_NOTES);
        return new Checked(title, place, draft.startsAt().atZone(visit.zone()).toInstant(),
                draft.endsAt().atZone(visit.zone()).toInstant(), people, notes);
    }

    private static String required(String value, String field, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw RuleViolation.onField(field, "visits.item." + field + "Required");
        }
        if (clean.length() > max) {
            throw RuleViolation.onField(field, "visits.item.tooLong", max);
        }
        return clean;
    }

    private static String optional(String value, String field, int max) {
        String clean = value == null ? "" : value.strip();
        if (clean.length() > max) {
            throw RuleViolation.onField(field, "visits.item.tooLong", max);
        }
        return clean;
    }
}
