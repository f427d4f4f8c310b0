package org.acredita.programmes;

import org.acredita.programmes.internal.ProgrammeDraft;
import org.acredita.programmes.internal.ProgrammeRules;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.NotFoundException;
import org.acredita.access.OrganisationKind;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.Organisation;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisations;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.programmes.internal.MembershipRepository;
import org.acredita.programmes.internal.MembershipRepository.Row;
import org.acredita.programmes.internal.ProgrammeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funded programmes and the agencies in them. Everyone sees the programmes they take part in and,
 * within them, only the agencies their scope reaches; administrators and the accreditation body's
 * programme manager create and change programmes, cohorts, memberships and advisor pairs. Audited.
 */
@Service
public class Programmes {

    private static final Role[] MANAGERS = {Role.ADMIN, Role.PROGRAMME_MANAGER};

    private final ProgrammeRepository programmes;
    private final MembershipRepository memberships;
    private final Organisations organisations;
    private final AgencyGate gate;
    private final Staff staff;
    private final AuditTrail audit;

    Programmes(ProgrammeRepository programmes, MembershipRepository memberships, Organisations organisations, AgencyGate gate,
            Staff staff, AuditTrail audit) {
        this.programmes = programmes;
        this.memberships = memberships;
        this.organisations = organisations;
        this.gate = gate;
        this.staff = staff;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Programme> visible() {
        AccessScope scope = CurrentScope.get();
        return programmes.visible(scope.read().all() || scope.isAdmin(), scope.organisationId());
    }

    /** A programme the caller takes part in; any other is simply not found. */
    @Transactional(readOnly = true)
    public Programme get(UUID programmeId) {
        AccessScope scope = CurrentScope.get();
        return programmes.visible(programmeId, scope.read().all() || scope.isAdmin(), scope.organisationId())
                .orElseThrow(NotFoundException::new);
    }

    public boolean mayManage() {
        return CurrentScope.get().hasAnyRole(MANAGERS);
    }

    @Transactional
    public Programme create(ProgrammeDraft requested) {
        CurrentScope.get().requireRole(MANAGERS);
        ProgrammeDraft draft = checked(requested, null);
        UUID id = UUID.randomUUID();
        programmes.insert(id, draft);
        audit.record("PROGRAMME_CREATED", "programme", id.toString(), null, draft.name());
        return programmes.find(id).orElseThrow();
    }

    @Transactional
    public Programme update(UUID programmeId, ProgrammeDraft requested) {
        CurrentScope.get().requireRole(MANAGERS);
        Programme current = get(programmeId);
        programmes.lock(current.id());
        ProgrammeDraft draft = checked(requested, current.id());
        programmes.update(current.id(), draft);
        audit.record("PROGRAMME_UPDATED", "programme", current.id().toString(), null, draft.name() + " · "
                + draft.settings());
        return programmes.find(current.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Cohort> cohorts(UUID programmeId) {
        return cohorts(get(programmeId));
    }

    /** The same for a programme the caller just read through {@link #get}, without reading it again. */
    @Transactional(readOnly = true)
    public List<Cohort> cohorts(Programme programme) {
        return programmes.cohorts(programme.id());
    }

    @Transactional
    public Cohort addCohort(UUID programmeId, String name, LocalDate startsOn) {
        CurrentScope.get().requireRole(MANAGERS);
        Programme programme = get(programmeId);
        programmes.lock(programme.id());
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.length() < 2 || cleaned.length() > 120) {
            throw RuleViolation.onField("name", "programmes.cohort.nameInvalid");
        }
        if (startsOn == null) {
            throw RuleViolation.onField("startsOn", "programmes.cohort.startRequired");
        }
        if (programmes.cohortNameTaken(programme.id(), cleaned)) {
            throw RuleViolation.onField("name", "programmes.cohort.nameTaken", cleaned);
        }
        Cohort cohort = new Cohort(UUID.randomUUID(), programme.id(), cleaned, startsOn);
        programmes.insertCohort(cohort);
        audit.record("COHORT_CREATED", "programme", programme.id().toString(), null, programme.name() + " · " + cleaned);
        return cohort;
    }

    /** The programme's agencies the caller may see, with cohort and advisors, by name. */
    @Transactional(readOnly = true)
    public List<Member> members(UUID programmeId) {
        return members(get(programmeId));
    }

    /** The same for a programme the caller just read through {@link #get}, without reading it again. */
    @Transactional(readOnly = true)
    public List<Member> members(Programme programme) {
        return resolve(memberships.ofProgramme(programme.id()));
    }

    /** The ids of the programme's agencies the caller may see, for summaries over the programme. */
    @Transactional(readOnly = true)
    public Set<UUID> memberAgencies(UUID programmeId) {
        return memberAgencies(get(programmeId));
    }

    /** A programme the caller may see with the member agencies it may see. */
    public record WithMembers(Programme programme, Set<UUID> agencies) {
    }

    /** {@link #get} and {@link #memberAgencies(Programme)} in one statement, for pages that read both. */
    @Transactional(readOnly = true)
    public WithMembers withMembers(UUID programmeId) {
        AccessScope scope = CurrentScope.get();
        var found = programmes.visibleWithMembers(programmeId, scope.read().all() || scope.isAdmin(),
                scope.organisationId()).orElseThrow(NotFoundException::new);
        return new WithMembers(found.getKey(), found.getValue());
    }

    /** The same for a programme the caller just read ({@link #get}, {@link #visible}), without reading it again. */
    @Transactional(readOnly = true)
    public Set<UUID> memberAgencies(Programme programme) {
        return memberships.ofProgramme(programme.id()).stream().map(Row::agencyId).collect(Collectors.toSet());
    }

    /** The programmes an agency belongs to, newest first. */
    @Transactional(readOnly = true)
    public List<Member> membershipsOf(UUID agencyId) {
        CurrentScope.get().requireRead(agencyId);
        return resolve(memberships.ofAgency(agencyId));
    }

    /**
     * How many days ahead the public must be told of the agency's site-based assessment: the setting of the newest
     * programme it belongs to (as the lifecycle's time limits choose), else the default.
     */
    @Transactional(readOnly = true)
    public int publicCommentNoticeDays(UUID agencyId) {
        CurrentScope.get().requireRead(agencyId);
        return memberships.publicCommentNoticeDays(agencyId)
                .orElse(ProgrammeSettings.DEFAULTS.publicCommentNoticeDays());
    }

    /** Puts an agency in the programme (or moves it to another cohort). */
    @Transactional
    public Member enrol(UUID programmeId, UUID agencyId, UUID cohortId, LocalDate joinedOn) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(MANAGERS);
        Programme programme = get(programmeId);
        Organisation agency = gate.readable(agencyId);
        scope.requireWrite(agency.id());
        programmes.lock(programme.id());
        if (cohortId != null && programmes.cohorts(programme.id()).stream().noneMatch(c -> c.id().equals(cohortId))) {
            throw RuleViolation.onField("cohortId", "programmes.cohort.unknown");
        }
        if (joinedOn == null) {
            throw RuleViolation.onField("joinedOn", "programmes.member.joinedRequired");
        }
        var existing = memberships.find(programme.id(), agency.id());
        if (existing.isPresent()) {
            Row row = existing.get();
            memberships.update(new Row(row.programmeId(), row.agencyId(), cohortId, joinedOn, row.leadAdvisorId(),
                    row.secondAdvisorId(), row.regionalManagerId()));
        } else {
            memberships.insert(new Row(programme.id(), agency.id(), cohortId, joinedOn, null, null, null));
        }
        audit.record(existing.isPresent() ? "PROGRAMME_MEMBER_UPDATED" : "PROGRAMME_MEMBER_ADDED", "programme",
                programme.id().toString(), agency.id(), programme.name() + " · " + agency.name());
        return member(programme.id(), agency.id());
    }

    /**
     * Sets the advisor pair and regional manager of an agency in the programme. Each person must hold
     * the role (and, when the programme names its advisory organisation, belong to it); they gain
     * access to the agency, and people taken off the pair lose the access the pairing gave them.
     */
    @Transactional
    public Member staff(UUID programmeId, UUID agencyId, UUID leadAdvisor, UUID secondAdvisor, UUID regionalManager) {
        AccessScope scope = CurrentScope.get();
        scope.requireRole(MANAGERS);
        Programme programme = get(programmeId);
        Organisation agency = gate.readable(agencyId);
        scope.requireWrite(agency.id());
        Row row = memberships.find(programme.id(), agency.id())
                .orElseThrow(() -> RuleViolation.onField("agencyId", "programmes.member.notEnrolled"));
        if (leadAdvisor == null && secondAdvisor != null) {
            throw RuleViolation.onField("leadAdvisorId", "programmes.advisors.leadFirst");
        }
        if (leadAdvisor != null && leadAdvisor.equals(secondAdvisor)) {
            throw RuleViolation.onField("secondAdvisorId", "programmes.advisors.samePerson");
        }
        requireStaff(programme, leadAdvisor, Role.ADVISOR, "leadAdvisorId");
        requireStaff(programme, secondAdvisor, Role.ADVISOR, "secondAdvisorId");
        requireStaff(programme, regionalManager, Role.REGIONAL_MANAGER, "regionalManagerId");
        Set<UUID> before = people(row.leadAdvisorId(), row.secondAdvisorId(), row.regionalManagerId());
        Set<UUID> after = people(leadAdvisor, secondAdvisor, regionalManager);
        memberships.update(new Row(row.programmeId(), row.agencyId(), row.cohortId(), row.joinedOn(), leadAdvisor,
                secondAdvisor, regionalManager));
        after.stream().filter(id -> !before.contains(id)).forEach(id -> staff.assignToAgency(id, agency.id()));
        before.stream().filter(id -> !after.contains(id)).forEach(id -> staff.unassignFromAgency(id, agency.id()));
        Member member = member(programme.id(), agency.id());
        audit.record("PROGRAMME_ADVISORS_SET", "programme", programme.id().toString(), agency.id(),
                agency.name() + " · " + name(member.leadAdvisor()) + " / " + name(member.secondAdvisor()) + " · "
                        + name(member.regionalManager()));
        return member;
    }

    /** People the programme's staff may choose for a role. */
    @Transactional(readOnly = true)
    public List<StaffMember> candidates(UUID programmeId, Role role) {
        return candidates(get(programmeId), role);
    }

    /** The same for a programme the caller just read through {@link #get}, without reading it again. */
    @Transactional(readOnly = true)
    public List<StaffMember> candidates(Programme programme, Role role) {
        return staff.holding(role).stream()
                .filter(p -> programme.advisoryId() == null || programme.advisoryId().equals(p.organisationId()))
                .toList();
    }

    private void requireStaff(Programme programme, UUID person, Role role, String field) {
        if (person == null) {
            return;
        }
        boolean fits = staff.holds(person, role) && (programme.advisoryId() == null
                || programme.advisoryId().equals(staff.named(List.of(person)).get(person).organisationId()));
        if (!fits) {
            throw RuleViolation.onField(field, "programmes.advisors.notEligible");
        }
    }

    private Member member(UUID programmeId, UUID agencyId) {
        return resolve(List.of(memberships.find(programmeId, agencyId).orElseThrow())).get(0);
    }

    private List<Member> resolve(List<Row> rows) {
        Map<UUID, Organisation> agencies = organisations.visible().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<UUID, StaffMember> people = staff.named(rows.stream()
                .flatMap(r -> Stream.of(r.leadAdvisorId(), r.secondAdvisorId(), r.regionalManagerId()))
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, Cohort> cohorts = new java.util.HashMap<>();
        rows.stream().map(Row::programmeId).distinct()
                .forEach(p -> programmes.cohorts(p).forEach(c -> cohorts.put(c.id(), c)));
        return rows.stream().filter(r -> agencies.containsKey(r.agencyId()))
                .map(r -> new Member(r.programmeId(), r.agencyId(), agencies.get(r.agencyId()).name(),
                        r.cohortId() == null ? null : cohorts.get(r.cohortId()), r.joinedOn(),
                        people.get(r.leadAdvisorId()), people.get(r.secondAdvisorId()),
                        people.get(r.regionalManagerId())))
                .sorted(java.util.Comparator.comparing(Member::agencyName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private ProgrammeDraft checked(ProgrammeDraft requested, UUID except) {
        ProgrammeDraft draft = ProgrammeRules.validated(requested);
        if (programmes.nameTaken(draft.name(), except)) {
            throw RuleViolation.onField("name", "programmes.name.taken", draft.name());
        }
        partner(draft.funderId(), OrganisationKind.FUNDER, "funderId");
        partner(draft.advisoryId(), OrganisationKind.ADVISORY, "advisoryId");
        partner(draft.accreditorId(), OrganisationKind.ACCREDITOR, "accreditorId");
        return draft;
    }

    private void partner(UUID organisationId, OrganisationKind kind, String field) {
        if (organisationId == null) {
            return;
        }
        boolean fits = organisations.visible().stream()
                .anyMatch(o -> o.id().equals(organisationId) && o.kind() == kind);
        if (!fits) {
            throw RuleViolation.onField(field, "programmes.partner.invalid");
        }
    }

    private static Set<UUID> people(UUID... ids) {
        Set<UUID> set = new HashSet<>();
        for (UUID id : ids) {
            if (id != null) {
                set.add(id);
            }
        }
        return set;
    }

    private static String name(StaffMember person) {
        return person == null ? "—" : person.displayName();
    }
}
