package org.acredita.assessments;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.access.RuleViolation;
import org.acredita.agencies.AgencyLifecycle;
import org.acredita.agencies.Enrolment;
import org.acredita.agencies.Phase;
import org.acredita.agencies.TransitionRequest;
import org.acredita.assessments.internal.AssessmentStore;
import org.acredita.assessments.internal.AssessmentStore.Row;
import org.acredita.assessments.internal.AssessmentStore.TeamRow;
import org.acredita.assessments.internal.Sample;
import org.acredita.assessments.internal.SnapshotHash;
import org.acredita.assessments.internal.StatusRules;
import org.acredita.assessments.internal.Visibility;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.Organisation;
import org.acredita.identity.Staff;
import org.acredita.identity.StaffMember;
import org.acredita.selfassessment.AccreditationFile;
import org.acredita.selfassessment.AccreditationFiles;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.standards.Manuals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans, starts and moves on assessments of an agency's accreditation file, and shows each caller what
 * {@link Visibility} allows (anything else is not found). Starting one moves the agency's lifecycle through
 * {@link AgencyLifecycle} and freezes the snapshot in the same transaction: a refused step writes nothing.
 */
@Service
public class Assessments {

    private static final int MAX_WINDOW_DAYS = 366;

    private final AssessmentStore repository;
    private final AgencyGate gate;
    private final Staff staff;
    private final AccreditationFiles files;
    private final Manuals manuals;
    private final AgencyLifecycle lifecycle;
    private final Snapshots snapshots;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    Assessments(AssessmentStore repository, AgencyGate gate, Staff staff, AccreditationFiles files,
            Manuals manuals, AgencyLifecycle lifecycle, Snapshots snapshots, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.gate = gate;
        this.staff = staff;
        this.files = files;
        this.manuals = manuals;
        this.lifecycle = lifecycle;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every assessment the caller may know of, newest window first. */
    @Transactional(readOnly = true)
    public List<Assessment> visible() {
        return withTeams(repository.readable()).stream().filter(a -> visibility(a) != Visibility.NONE).toList();
    }

    /** The agency's assessments the caller may know of. */
    @Transactional(readOnly = true)
    public List<Assessment> ofAgency(UUID agencyId) {
        Organisation agency = gate.readable(agencyId);
        return withTeams(repository.ofAgency(agency.id())).stream().filter(a -> visibility(a) != Visibility.NONE)
                .toList();
    }

    @Transactional(readOnly = true)
    public Assessment get(UUID id) {
        Assessment assessment = find(id);
        if (visibility(assessment) == Visibility.NONE) {
            throw new NotFoundException();
        }
        return assessment;
    }

    /** Whether the caller sees the team, scope and snapshot, not only that the assessment exists. */
    public boolean seesDetail(Assessment assessment) {
        return visibility(assessment) == Visibility.FULL;
    }

    public boolean mayRun(Assessment assessment) {
        return Visibility.mayRun(CurrentScope.get(), assessment.agencyId(), onTeam(assessment));
    }

    /** Whether the caller may plan assessments of this kind for the agency (to offer the form). */
    public boolean mayPlan(UUID agencyId, AssessmentKind kind) {
        return Visibility.mayPlan(CurrentScope.get(), agencyId, kind);
    }

    /** The kinds the caller may plan for the agency. */
    public List<AssessmentKind> plannableKinds(UUID agencyId) {
        return java.util.Arrays.stream(AssessmentKind.values()).filter(kind -> mayPlan(agencyId, kind)).toList();
    }

    /** Whom the caller may put on a team: the body's assessors and team leaders, or (advisors) themselves. */
    @Transactional(readOnly = true)
    public List<StaffMember> teamCandidates(UUID agencyId) {
        gate.readable(agencyId);
        AccessScope scope = CurrentScope.get();
        if (scope.hasAnyRole(Role.ADMIN, Role.PROGRAMME_MANAGER)) {
            Map<UUID, StaffMember> people = new LinkedHashMap<>();
            for (Role role : List.of(Role.TEAM_LEADER, Role.ASSESSOR, Role.ADVISOR)) {
                staff.holding(role).forEach(member -> people.putIfAbsent(member.id(), member));
            }
            return List.copyOf(people.values());
        }
        return scope.userId() == null ? List.of() : List.copyOf(staff.named(List.of(scope.userId())).values());
    }

    /** The scope: standard number to why it is in (ALL, SAMPLED, PICKED, TIME_SENSITIVE, FAILED_EARLIER). */
    @Transactional(readOnly = true)
    public Map<String, String> scope(UUID id) {
        return repository.scope(detailed(id).id());
    }

    /** The frozen snapshot in scope order; empty while the assessment is planned. */
    @Transactional(readOnly = true)
    public List<SnapshotStandard> standards(UUID id) {
        Assessment assessment = detailed(id);
        return repository.snapshot(assessment.id(), repository.scope(assessment.id()));
    }

    /** The hash recomputed from the stored snapshot: equal to the recorded one unless the rows were altered. */
    @Transactional(readOnly = true)
    public boolean snapshotIntact(UUID id) {
        Assessment assessment = detailed(id);
        return assessment.snapshotHash() != null && assessment.snapshotHash().equals(SnapshotHash.of(assessment.id(),
                assessment.agencyId(), assessment.fileId(), standards(id)));
    }

    /** The file's coverage: applicable standards in some started assessment's scope since the award. */
    @Transactional(readOnly = true)
    public Coverage coverage(UUID id) {
        Assessment assessment = detailed(id);
        LocalDate since = lifecycle.enrolments(assessment.agencyId()).stream()
                .filter(e -> e.id().equals(assessment.enrolmentId())).map(Enrolment::awardDate)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        Set<String> covered = repository.coveredSince(assessment.fileId(), since);
        List<String> applicable = applicable(files.contents(assessment.fileId()).standards()).stream()
                .map(FileStandard::number).toList();
        List<String> missing = applicable.stream().filter(number -> !covered.contains(number)).toList();
        return new Coverage(applicable.size(), applicable.size() - missing.size(), missing);
    }

    /** Plans an assessment: checks everything, chooses the scope (recording a sample's seed), assigns the team. */
    @Transactional
    public Assessment plan(UUID agencyId, NewAssessment request) {
        AccessScope scope = CurrentScope.get();
        Organisation agency = gate.writable(agencyId);
        if (request.kind() == null) {
            throw RuleViolation.onField("kind", "assessments.kind.required");
        }
        if (!Visibility.mayPlan(scope, agency.id(), request.kind())) {
            throw new ForbiddenException();
        }
        requireWindow(request.windowStart(), request.windowEnd());
        AccreditationFile file = fileOf(agency.id(), request.fileId());
        Enrolment enrolment = lifecycle.enrolments(agency.id()).stream()
                .filter(e -> e.programme() == file.programme() && !e.phase().isFinal()).findFirst()
                .orElseThrow(() -> RuleViolation.onField("fileId", "assessments.enrolment.none"));
        List<FileStandard> standards = applicable(files.contents(file.id()).standards());
        List<TeamRow> team = team(agency.id(), request, standards);
        ScopeMode mode = request.scopeMode() == null ? ScopeMode.ALL : request.scopeMode();
        Long seed = null;
        Integer percent = null;
        if (mode == ScopeMode.SAMPLE) {
            percent = request.samplePercent();
            if (percent == null || percent < 1 || percent > 100) {
                throw RuleViolation.onField("samplePercent", "assessments.sample.percentInvalid");
            }
            seed = request.sampleSeed() == null ? seeds.nextLong() : request.sampleSeed();
        }
        Map<String, String> scopeRows = scopeOf(file, standards, mode, percent, seed, request.picked());
        UUID id = repository.insert(agency.id(), file.id(), enrolment.id(), request.kind(), request.windowStart(),
                request.windowEnd(), mode, percent, seed, scope.userId());
        repository.insertTeam(id, agency.id(), team);
        repository.insertScope(id, agency.id(), scopeRows);
        if (request.kind() != AssessmentKind.MOCK_ASSESSMENT) {
            // The body's people reach the agency through the assignment the team gives them.
            team.forEach(member -> staff.assignToAgency(member.userId(), agency.id()));
        }
        audit.record("ASSESSMENT_PLANNED", "assessment", id.toString(), agency.id(), request.kind() + " · "
                + request.windowStart() + "–" + request.windowEnd() + " · " + mode + " · " + scopeRows.size());
        return find(id);
    }

    /**
     * Starts a planned assessment: the agency enters the kind's phase (unless already in it, or a remote file
     * review during continued compliance), the snapshot of the scope is frozen and sealed with its hash.
     */
    @Transactional
    public Assessment start(UUID id) {
        AccessScope scope = CurrentScope.get();
        Assessment assessment = runnable(id);
        StatusRules.require(assessment.status(), AssessmentStatus.IN_PROGRESS);
        AccreditationFile file = files.file(assessment.fileId());
        moveLifecycle(assessment, file);
        List<SnapshotStandard> snapshot = snapshots.take(file, files.contents(file.id()).standards(),
                repository.scope(assessment.id()));
        String hash = SnapshotHash.of(assessment.id(), assessment.agencyId(), assessment.fileId(), snapshot);
        repository.insertSnapshot(assessment.id(), assessment.agencyId(), snapshot);
        if (!repository.markStarted(assessment.id(), hash, clock.instant(), scope.userId())) {
            throw RuleViolation.onField("status", "assessments.status.notNext");
        }
        audit.record("ASSESSMENT_STARTED", "assessment", id.toString(), assessment.agencyId(),
                assessment.kind() + " · " + snapshot.size() + " · sha256 " + hash);
        return find(id);
    }

    /** Moves a started assessment one step on (findings to the agency, report drafting, released, closed). */
    @Transactional
    public Assessment advance(UUID id, AssessmentStatus to) {
        Assessment assessment = runnable(id);
        if (to == AssessmentStatus.IN_PROGRESS) {
            return start(id);
        }
        StatusRules.require(assessment.status(), to);
        if (to == AssessmentStatus.REPORT_RELEASED) {
            // Only releasing a report version (AssessmentReports) releases it: the status says a report exists.
            throw RuleViolation.onField("status", "assessments.status.releaseThroughReport");
        }
        if (!repository.moveStatus(assessment.id(), assessment.status(), to)) {
            throw RuleViolation.onField("status", "assessments.status.notNext");
        }
        audit.record("ASSESSMENT_STATUS_CHANGED", "assessment", id.toString(), assessment.agencyId(),
                assessment.status() + " → " + to);
        return find(id);
    }

    private void moveLifecycle(Assessment assessment, AccreditationFile file) {
        Enrolment enrolment = lifecycle.enrolments(assessment.agencyId()).stream()
                .filter(e -> e.id().equals(assessment.enrolmentId())).findFirst()
                .orElseThrow(NotFoundException::new);
        Phase target = assessment.kind().phase();
        boolean yearlyReview = assessment.kind() == AssessmentKind.REMOTE_FILE_REVIEW
                && Phase.AWARDED.contains(enrolment.phase());
        // The reaccreditation's site-based assessment runs in the year-four assessment phase the agency entered.
        boolean yearFour = assessment.kind() == AssessmentKind.SITE_BASED_ASSESSMENT
                && enrolment.phase() == Phase.YEAR_FOUR_ASSESSMENT;
        if (enrolment.phase() == target || yearlyReview || yearFour) {
            return;
        }
        if (!lifecycle.nextFor(enrolment).contains(target)) {
            throw RuleViolation.onField("status", "assessments.start.lifecycleRefused");
        }
        lifecycle.transition(assessment.agencyId(), file.programme(), TransitionRequest.to(target, null));
    }

    private Map<String, String> scopeOf(AccreditationFile file, List<FileStandard> standards, ScopeMode mode,
            Integer percent, Long seed, List<String> picked) {
        List<String> numbers = standards.stream().map(FileStandard::number).toList();
        Set<String> chosen = new HashSet<>();
        String reason = mode.name().equals("SAMPLE") ? "SAMPLED" : mode.name();
        switch (mode) {
            case ALL -> chosen.addAll(numbers);
            case SAMPLE -> chosen.addAll(Sample.draw(numbers, percent, seed));
            case PICKED -> {
                if (picked.isEmpty()) {
                    throw RuleViolation.onField("picked", "assessments.picked.none");
                }
                for (String number : picked) {
                    String clean = number == null ? "" : number.strip();
                    if (!numbers.contains(clean)) {
                        throw RuleViolation.onField("picked", "assessments.picked.unknown", clean);
                    }
                    chosen.add(clean);
                }
            }
        }
        Set<String> timeSensitive = manuals.timeSensitivities(file.editionId()).keySet();
        Set<String> failed = new HashSet<>(repository.returnedInSnapshots(file.id()));
        standards.stream().filter(s -> s.status() == StandardStatus.RETURNED).forEach(s -> failed.add(s.number()));
        Map<String, String> scope = new LinkedHashMap<>();
        for (String number : numbers) {
            if (failed.contains(number)) {
                scope.put(number, "FAILED_EARLIER");
            } else if (timeSensitive.contains(number)) {
                scope.put(number, "TIME_SENSITIVE");
            } else if (chosen.contains(number)) {
                scope.put(number, reason);
            }
        }
        return scope;
    }

    private List<TeamRow> team(UUID agencyId, NewAssessment request, List<FileStandard> standards) {
        if (request.team().isEmpty()) {
            throw RuleViolation.onField("team", "assessments.team.required");
        }
        Set<Integer> chapters = standards.stream().map(FileStandard::chapter).collect(Collectors.toSet());
        Set<UUID> seen = new HashSet<>();
        List<TeamRow> rows = new ArrayList<>();
        int leaders = 0;
        for (NewAssessment.TeamChoice choice : request.team()) {
            if (choice.userId() == null || !seen.add(choice.userId())) {
                throw RuleViolation.onField("team", "assessments.team.duplicate");
            }
            TeamRole role = choice.role() == null ? TeamRole.ASSESSOR : choice.role();
            if (!fits(agencyId, request.kind(), choice.userId(), role)) {
                throw RuleViolation.onField("team", "assessments.team.roleMismatch");
            }
            for (Integer chapter : choice.chapters()) {
                if (!chapters.contains(chapter)) {
                    throw RuleViolation.onField("team", "assessments.team.chapterUnknown", chapter);
                }
            }
            leaders += role == TeamRole.TEAM_LEADER ? 1 : 0;
            rows.add(new TeamRow(null, choice.userId(), role, choice.chapters()));
        }
        if (leaders > 1 || request.kind() == AssessmentKind.SITE_BASED_ASSESSMENT && leaders != 1) {
            throw RuleViolation.onField("team", "assessments.team.leader");
        }
        return rows;
    }

    /** Advisors already assigned to the agency run mock assessments; the body's people the others. */
    private boolean fits(UUID agencyId, AssessmentKind kind, UUID userId, TeamRole role) {
        if (kind == AssessmentKind.MOCK_ASSESSMENT) {
            return role == TeamRole.ADVISOR && (staff.holds(userId, Role.ADVISOR)
                    || staff.holds(userId, Role.REGIONAL_MANAGER)) && staff.isAssigned(userId, agencyId);
        }
        return switch (role) {
            case TEAM_LEADER -> staff.holds(userId, Role.TEAM_LEADER);
            case ASSESSOR -> staff.holds(userId, Role.ASSESSOR) || staff.holds(userId, Role.TEAM_LEADER);
            case ADVISOR -> false;
        };
    }

    private static void requireWindow(LocalDate start, LocalDate end) {
        if (start == null) {
            throw RuleViolation.onField("windowStart", "assessments.window.startRequired");
        }
        if (end == null) {
            throw RuleViolation.onField("windowEnd", "assessments.window.endRequired");
        }
        if (end.isBefore(start)) {
            throw RuleViolation.onField("windowEnd", "assessments.window.endBeforeStart");
        }
        if (start.plusDays(MAX_WINDOW_DAYS).isBefore(end)) {
            throw RuleViolation.onField("windowEnd", "assessments.window.tooLong", MAX_WINDOW_DAYS);
        }
    }

    private AccreditationFile fileOf(UUID agencyId, UUID fileId) {
        List<AccreditationFile> agencyFiles = files.of(agencyId);
        if (fileId != null) {
            return agencyFiles.stream().filter(f -> f.id().equals(fileId)).findFirst()
                    .orElseThrow(() -> RuleViolation.onField("fileId", "assessments.file.unknown"));
        }
        if (agencyFiles.size() != 1) {
            throw RuleViolation.onField("fileId", agencyFiles.isEmpty() ? "assessments.file.none"
                    : "assessments.file.choose");
        }
        return agencyFiles.get(0);
    }

    private static List<FileStandard> applicable(List<FileStandard> standards) {
        return standards.stream().filter(s -> !s.retired()).toList();
    }

    private Assessment detailed(UUID id) {
        Assessment assessment = get(id);
        if (visibility(assessment) != Visibility.FULL) {
            throw new NotFoundException();
        }
        return assessment;
    }

    private Assessment runnable(UUID id) {
        Assessment assessment = get(id);
        if (visibility(assessment) != Visibility.FULL) {
            throw new NotFoundException();
        }
        if (!mayRun(assessment)) {
            throw new ForbiddenException();
        }
        return assessment;
    }

    Visibility visibility(Assessment assessment) {
        return Visibility.of(CurrentScope.get(), assessment.agencyId(), assessment.kind(), onTeam(assessment));
    }

    static boolean onTeam(Assessment assessment) {
        return assessment.onTeam(CurrentScope.get().userId());
    }

    /** The assessment whatever the caller may see of it; callers in this package decide what to show. */
    Assessment find(UUID id) {
        return withTeams(List.of(repository.find(id).orElseThrow(NotFoundException::new))).get(0);
    }

    private List<Assessment> withTeams(List<Row> rows) {
        List<TeamRow> teams = repository.teams(rows.stream().map(Row::id).toList());
        Map<UUID, StaffMember> names = staff.named(teams.stream().map(TeamRow::userId).collect(Collectors.toSet()));
        Map<UUID, List<TeamMember>> byAssessment = teams.stream().collect(Collectors.groupingBy(TeamRow::assessmentId,
                Collectors.mapping(t -> new TeamMember(t.userId(), names.containsKey(t.userId())
                        ? names.get(t.userId()).displayName() : "", t.role(), t.chapters()), Collectors.toList())));
        return rows.stream().map(r -> new Assessment(r.id(), r.agencyId(), r.fileId(), r.enrolmentId(), r.kind(),
                r.status(), r.windowStart(), r.windowEnd(), r.scopeMode(), r.samplePercent(), r.sampleSeed(),
                r.snapshotHash(), r.startedAt(), r.createdAt(), byAssessment.getOrDefault(r.id(), List.of())))
                .toList();
    }
}
