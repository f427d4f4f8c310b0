package org.acredita.web.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.acredita.access.Role;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.AgencySummary;
import org.acredita.agencies.Deadline;
import org.acredita.agencies.Deadlines;
import org.acredita.agencies.Phase;
import org.acredita.assessments.Assessment;
import org.acredita.assessments.AssessmentStatus;
import org.acredita.assessments.Assessments;
import org.acredita.assistance.AssistanceTotal;
import org.acredita.assistance.TechnicalAssistance;
import org.acredita.commission.AnnualReportDues;
import org.acredita.commission.Awards;
import org.acredita.compliance.ComplianceSummaries;
import org.acredita.compliance.FileCompliance;
import org.acredita.directives.DraftsAwaitingApproval;
import org.acredita.geo.Geography;
import org.acredita.identity.SignedInUser;
import org.acredita.identity.UserManagement;
import org.acredita.improvement.OverdueItem;
import org.acredita.improvement.OverdueItems;
import org.acredita.notifications.Notifications;
import org.acredita.programmes.Programmes;
import org.acredita.readiness.ReadinessAssessments;
import org.acredita.selfassessment.DueStandard;
import org.acredita.selfassessment.FileStandard;
import org.acredita.selfassessment.StandardStatus;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.standards.EditionStatus;
import org.acredita.standards.ManualEdition;
import org.acredita.standards.Manuals;
import org.acredita.web.home.Inbox.AgencyRow;
import org.acredita.web.home.Inbox.AssessmentItem;
import org.acredita.web.home.Inbox.StandardItem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a person's inbox through the modules' public services in one read-only transaction. Each source is read
 * once for all the person's agencies (no query per agency), and only when one of their roles needs it.
 */
@Service
class Inboxes {

    /** Deadlines this close are shown beside an advisor's work; an agency's people see their own however far. */
    static final int DEADLINE_DAYS = 120;
    private static final int AGENCY_DEADLINE_DAYS = 4 * 366;

    private static final Set<Role> AGENCY = EnumSet.of(Role.AGENCY_STAFF, Role.ACCREDITATION_MANAGER, Role.AGENCY_CEO);
    private static final Set<Role> MANAGERS = EnumSet.of(Role.ACCREDITATION_MANAGER, Role.AGENCY_CEO);
    private static final Set<Role> ADVISORY = EnumSet.of(Role.ADVISOR, Role.REGIONAL_MANAGER);
    private static final Set<Role> BODY = EnumSet.of(Role.PROGRAMME_MANAGER, Role.ASSESSOR, Role.TEAM_LEADER,
            Role.COMMISSIONER);
    private static final Set<Phase> BEFORE_COMMISSION = EnumSet.of(Phase.REPORT, Phase.HEARING_SCHEDULED);

    private final ComplianceSummaries compliance;
    private final Agencies agencies;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final DraftsAwaitingApproval drafts;
    private final ReadinessAssessments readiness;
    private final TechnicalAssistance assistance;
    private final OverdueItems overdueItems;
    private final Assessments assessments;
    private final Programmes programmes;
    private final Manuals manuals;
    private final Geography geography;
    private final UserManagement users;
    private final Clock clock;
    private final Awards awards;
    private final AnnualReportDues reports;

    Inboxes(ComplianceSummaries compliance, Agencies agencies, Deadlines deadlines, Notifications notifications,
            DraftsAwaitingApproval drafts, ReadinessAssessments readiness, TechnicalAssistance assistance,
            OverdueItems overdueItems, Assessments assessments, Programmes programmes, Manuals manuals,
            Geography geography, UserManagement users, Clock clock, Awards awards, AnnualReportDues reports) {
        this.awards = awards;
        this.reports = reports;
        this.compliance = compliance;
        this.agencies = agencies;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.drafts = drafts;
        this.readiness = readiness;
        this.assistance = assistance;
        this.overdueItems = overdueItems;
        this.assessments = assessments;
        this.programmes = programmes;
        this.manuals = manuals;
        this.geography = geography;
        this.users = users;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Inbox of(SignedInUser user, Locale locale) {
        Sources sources = new Sources();
        LocalDate today = LocalDate.now(clock.withZone(user.organisation().timeZone()));
        boolean agencyPerson = user.organisation().isAgency() && holds(user, AGENCY);
        Inbox.AgencyWork agency = agencyPerson ? agencyWork(user, sources) : null;
        Inbox.ReviewWork review = holds(user, ADVISORY) ? reviewWork(user, today, sources) : null;
        Inbox.BodyWork body = holds(user, BODY) ? bodyWork(user, today, sources) : null;
        Inbox.FunderFigures funder = user.has(Role.FUNDER_OFFICER) ? funderFigures(today, sources) : null;
        Inbox.AdminSetup admin = user.has(Role.ADMIN) ? adminSetup() : null;
        int horizon = agencyPerson ? AGENCY_DEADLINE_DAYS : DEADLINE_DAYS;
        List<Deadline> dated = agencyPerson || review != null ? deadlines(today, horizon) : List.of();
        return new Inbox(today, agency, review, body, funder, admin, notifications.unreadMentions(locale), dated,
                horizon);
    }

    private Inbox.AgencyWork agencyWork(SignedInUser user, Sources sources) {
        UUID agencyId = user.organisation().id();
        UUID me = user.id();
        FileCompliance file = sources.files().stream().filter(f -> f.contents().file().agencyId().equals(agencyId))
                .findFirst().orElse(null);
        boolean manages = holds(user, MANAGERS);
        boolean chief = user.has(Role.AGENCY_CEO);
        if (file == null) {
            return new Inbox.AgencyWork(agencyId, me, manages, chief, null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), chief ? drafts.of(agencyId) : List.of());
        }
        List<FileCompliance> own = List.of(file);
        Predicate<FileStandard> mine = s -> me.equals(s.assigneeId());
        return new Inbox.AgencyWork(agencyId, me, manages, chief, file,
                items(own, mine.and(s -> DueStandard.OPEN.contains(s.status()))),
                items(own, s -> s.status() == StandardStatus.RETURNED && (manages || mine.test(s))),
                manages ? items(own, s -> s.status() == StandardStatus.READY_FOR_REVIEW) : List.of(),
                manages ? items(own, s -> !mine.test(s) && s.overdueOn(file.contents().today())) : List.of(),
                manages ? items(own, s -> s.request() != null) : List.of(),
                chief ? drafts.of(agencyId) : List.of());
    }

    private Inbox.ReviewWork reviewWork(SignedInUser user, LocalDate today, Sources sources) {
        List<AgencySummary> followed = sources.agencies().stream()
                .filter(a -> a.phase() != null && !a.phase().isFinal()).toList();
        List<UUID> ids = followed.stream().map(AgencySummary::id).toList();
        Map<UUID, FileCompliance> files = byAgency(sources.files());
        var scores = readiness.latestScores(ids);
        Map<UUID, AssistanceTotal> recent = assistance.totalsFor(ids, today.minusDays(Inbox.QUIET_DAYS));
        List<OverdueItem> overdue = overdueItems.on(today);
        Map<UUID, Long> overdueByAgency = overdue.stream()
                .collect(Collectors.groupingBy(OverdueItem::agencyId, Collectors.counting()));
        Set<UUID> deadlinePassed = deadlines.overdue(today, ids).stream().map(Deadline::agencyId)
                .collect(Collectors.toSet());
        List<AgencyRow> rows = followed.stream().map(a -> new AgencyRow(a.id(), a.name(), a.phase(), files.get(a.id()),
                scores.get(a.id()), recent.containsKey(a.id()) ? recent.get(a.id()).sessions() : 0,
                overdueByAgency.getOrDefault(a.id(), 0L), deadlinePassed.contains(a.id()))).toList();
        return new Inbox.ReviewWork(rows,
                items(sources.files(), s -> s.status() == StandardStatus.READY_FOR_REVIEW),
                rows.stream().filter(row -> row.recentSessions() == 0).toList(), overdue,
                assessments(user, sources, a -> a.status() != AssessmentStatus.CLOSED));
    }

    private Inbox.BodyWork bodyWork(SignedInUser user, LocalDate today, Sources sources) {
        boolean decides = user.has(Role.PROGRAMME_MANAGER);
        boolean reviews = user.has(Role.ASSESSOR) || user.has(Role.TEAM_LEADER);
        List<AgencySummary> visible = sources.agencies();
        Predicate<Assessment> open = a -> a.status() != AssessmentStatus.CLOSED
                && a.status() != AssessmentStatus.REPORT_RELEASED;
        return new Inbox.BodyWork(decides, reviews, user.has(Role.COMMISSIONER),
                visible.stream().filter(a -> a.phase() == Phase.READY_FOR_REVIEW).toList(),
                visible.stream().filter(a -> BEFORE_COMMISSION.contains(a.phase())).toList(),
                decides ? items(sources.files(), s -> s.request() != null) : List.of(),
                reviews ? items(sources.files(), s -> s.status() == StandardStatus.READY_FOR_REVIEW) : List.of(),
                decides || reviews ? assessments(user, sources, decides ? open : open.and(a -> a.onTeam(user.id())))
                        : List.of(),
                decides ? new Inbox.AfterTheDecision(reports.signedAwaitingDecision(), awards.overdueConditions(today))
                        : Inbox.AfterTheDecision.NONE);
    }

    private Inbox.FunderFigures funderFigures(LocalDate today, Sources sources) {
        List<AgencySummary> visible = sources.agencies();
        List<FileCompliance> files = sources.files();
        long minutes = assistance.totalsFor(visible.stream().map(AgencySummary::id).toList(), today.minusYears(1))
                .values().stream().mapToLong(AssistanceTotal::minutes).sum();
        return new Inbox.FunderFigures(programmes.visible(), visible.size(),
                visible.stream().filter(a -> a.phase() != null && Phase.AWARDED.contains(a.phase())).count(),
                files.stream().filter(FileCompliance::wouldPass).count(), files.size(), minutes,
                visible.stream().filter(a -> a.phase() != null)
                        .collect(Collectors.groupingBy(AgencySummary::phase, TreeMap::new, Collectors.counting())));
    }

    private Inbox.AdminSetup adminSetup() {
        List<ManualEdition> editions = manuals.editions();
        Set<AccreditationProgramme> without = EnumSet.allOf(AccreditationProgramme.class);
        editions.stream().filter(e -> e.status() == EditionStatus.PUBLISHED).map(ManualEdition::programme)
                .forEach(without::remove);
        return new Inbox.AdminSetup(geography.municipalityCount(),
                editions.stream().filter(e -> e.status() == EditionStatus.DRAFT).toList(), without,
                users.withoutRoles());
    }

    private List<Deadline> deadlines(LocalDate today, int days) {
        return java.util.stream.Stream.concat(deadlines.overdue(today).stream(),
                        deadlines.dueBetween(today, today.plusDays(days)).stream())
                .distinct().sorted(Comparator.comparing(Deadline::due)).toList();
    }

    private List<AssessmentItem> assessments(SignedInUser user, Sources sources, Predicate<Assessment> wanted) {
        Map<UUID, String> names = sources.agencies().stream()
                .collect(Collectors.toMap(AgencySummary::id, AgencySummary::name));
        return assessments.visible().stream().filter(wanted)
                .map(a -> new AssessmentItem(a, names.getOrDefault(a.agencyId(), "")))
                .sorted(Comparator.comparing((AssessmentItem i) -> i.assessment().windowStart(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Standards of these files that match, soonest due first (overdue ones, then due soon, then undated). */
    private static List<StandardItem> items(Collection<FileCompliance> files, Predicate<FileStandard> wanted) {
        return files.stream().flatMap(file -> file.contents().standards().stream()
                        .filter(s -> !s.retired()).filter(wanted)
                        .map(s -> new StandardItem(s, file.agencyName(), s.overdueOn(file.contents().today()))))
                .sorted(Comparator.comparing((StandardItem i) -> i.standard().dueDate(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static Map<UUID, FileCompliance> byAgency(List<FileCompliance> files) {
        return files.stream().collect(Collectors.toMap(f -> f.contents().file().agencyId(), f -> f, (a, b) -> a));
    }

    private static boolean holds(SignedInUser user, Set<Role> roles) {
        return roles.stream().anyMatch(user::has);
    }

    /** Sources several parts use, read at most once per page. */
    private final class Sources {

        private List<FileCompliance> files;
        private List<AgencySummary> agencies;

        List<FileCompliance> files() {
            if (files == null) {
                files = compliance.readable();
            }
            return files;
        }

        List<AgencySummary> agencies() {
            if (agencies == null) {
                agencies = Objects.requireNonNull(Inboxes.this.agencies.visible());
            }
            return agencies;
        }
    }
}
