package org.acredita.assistance;

import org.acredita.assistance.internal.AssistanceSession;
import org.acredita.assistance.internal.AssistanceTotals;
import org.acredita.assistance.internal.NewAssistanceSession;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.acredita.agencies.Agencies;
import org.acredita.agencies.AgencySummary;
import org.acredita.assistance.internal.AssistanceLogRepository;
import org.acredita.audit.AuditTrail;
import org.acredita.identity.CurrentUser;
import org.acredita.identity.Organisation;
import org.acredita.identity.AgencyGate;
import org.acredita.identity.SignedInUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The technical-assistance log: sessions are recorded by the programme's advisory and accreditation staff
 * who may change the agency; anyone who may see the agency reads its log; totals cover the visible agencies.
 */
@Service
public class TechnicalAssistance {

    /** Monthly totals are reported in the programme's reference time zone. */
    public static final ZoneId PROGRAMME_ZONE = ZoneId.of("America/Mexico_City");
    static final int TOTAL_MONTHS = 12;
    private static final Role[] RECORDERS = {Role.ADMIN, Role.PROGRAMME_MANAGER, Role.ADVISOR, Role.REGIONAL_MANAGER};

    private final AssistanceLogRepository sessions;
    private final AgencyGate gate;
    private final Agencies agencies;
    private final SessionRules rules;
    private final AuditTrail audit;
    private final Clock clock;

    TechnicalAssistance(AssistanceLogRepository sessions, AgencyGate gate, Agencies agencies, AuditTrail audit,
            Clock clock) {
        this.sessions = sessions;
        this.gate = gate;
        this.agencies = agencies;
        this.rules = new SessionRules(clock);
        this.audit = audit;
        this.clock = clock;
    }

    /** The agency's log, newest first; another agency's log does not exist for the caller. */
    @Transactional(readOnly = true)
    public List<AssistanceSession> log(UUID agencyId) {
        return sessions.forAgency(gate.readable(agencyId).id());
    }

    public boolean mayRecord(UUID agencyId) {
        AccessScope scope = CurrentScope.get();
        return scope.canWrite(agencyId) && scope.hasAnyRole(RECORDERS);
    }

    @Transactional
    public AssistanceSession record(UUID agencyId, NewAssistanceSession request) {
        AccessScope scope = CurrentScope.get();
        Organisation agency = gate.readable(agencyId);
        scope.requireWrite(agency.id());
        scope.requireRole(RECORDERS);
        String recorder = CurrentUser.get().map(SignedInUser::displayName).filter(name -> !name.isBlank())
                .orElse(scope.username());
        SessionRules.Clean clean = rules.check(request, recorder, agency.timeZone());
        UUID id = sessions.insert(agency.id(), clean.occurredOn(), clean.mode(), clean.minutes(), clean.advisors(),
                clean.participants(), clean.topics(), clean.summary(), clean.followUp(), scope.userId(), recorder);
        audit.record("ASSISTANCE_RECORDED", "assistance-session", id.toString(), agency.id(),
                agency.name() + " · " + clean.occurredOn() + " · " + clean.mode() + " · " + clean.minutes() + " min · "
                        + String.join(", ", clean.topics()));
        return sessions.get(id);
    }

    /** Hours and sessions over the last twelve months (this one included) of the agencies the caller may see. */
    @Transactional(readOnly = true)
    public AssistanceTotals totals() {
        AccessScope scope = CurrentScope.get();
        YearMonth current = YearMonth.now(clock.withZone(PROGRAMME_ZONE));
        LocalDate since = current.minusMonths(TOTAL_MONTHS - 1L).atDay(1);
        Map<String, AgencySummary> visible = agencies.visible().stream()
                .collect(Collectors.toMap(a -> a.id().toString(), Function.identity()));
        List<AssistanceTotal> byAgency = sessions.byAgency(scope.read().union(scope.write()), since).stream()
                .filter(t -> visible.containsKey(t.key()))
                .map(t -> new AssistanceTotal(t.key(), visible.get(t.key()).name(), t.sessions(), t.minutes()))
                .sorted(Comparator.comparing(AssistanceTotal::minutes).reversed().thenComparing(AssistanceTotal::label))
                .toList();
        return new AssistanceTotals(since, byAgency,
                sessions.byAdvisor(scope.read().union(scope.write()), since),
                everyMonth(sessions.byMonth(scope.read().union(scope.write()), since), current),
                byProgramme(byAgency, visible));
    }

    /**
     * Sessions and minutes per agency since a date, for the given agencies the caller may see (keyed by
     * agency id); how a programme sums the assistance its agencies received.
     */
    @Transactional(readOnly = true)
    public Map<UUID, AssistanceTotal> totalsFor(java.util.Collection<UUID> agencyIds, LocalDate since) {
        AccessScope scope = CurrentScope.get();
        return sessions.forAgencies(agencyIds.stream().filter(scope::canRead).toList(), since).stream()
                .collect(Collectors.toMap(t -> UUID.fromString(t.key()), Function.identity()));
    }

    /** Months without sessions show as zero, so a year reads as a continuous series. */
    private static List<AssistanceTotal> everyMonth(List<AssistanceTotal> found, YearMonth current) {
        Map<String, AssistanceTotal> byKey = found.stream().collect(Collectors.toMap(AssistanceTotal::key, t -> t));
        List<AssistanceTotal> months = new ArrayList<>();
        for (int back = TOTAL_MONTHS - 1; back >= 0; back--) {
            String key = current.minusMonths(back).toString();
            months.add(byKey.getOrDefault(key, new AssistanceTotal(key, key, 0, 0)));
        }
        return months;
    }

    /** An agency counts towards the programme it is enrolled in now; not enrolled ones group under NONE. */
    private static List<AssistanceTotal> byProgramme(List<AssistanceTotal> byAgency, Map<String, AgencySummary> visible) {
        Map<String, long[]> sums = new java.util.TreeMap<>();
        for (AssistanceTotal total : byAgency) {
            AgencySummary agency = visible.get(total.key());
            String programme = agency.programme() == null ? "NONE" : agency.programme().name();
            long[] sum = sums.computeIfAbsent(programme, p -> new long[2]);
            sum[0] += total.sessions();
            sum[1] += total.minutes();
        }
        return sums.entrySet().stream()
                .map(e -> new AssistanceTotal(e.getKey(), e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

}
