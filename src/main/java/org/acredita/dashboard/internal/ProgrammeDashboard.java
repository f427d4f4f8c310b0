package org.acredita.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.acredita.agencies.AgencyAttention;
import org.acredita.agencies.AgencyStanding;
import org.acredita.agencies.AgencyStandings;
import org.acredita.assessments.Finding;
import org.acredita.assessments.Findings;
import org.acredita.assistance.AssistanceTotal;
import org.acredita.assistance.TechnicalAssistance;
import org.acredita.commission.CommissionRecords;
import org.acredita.programmes.Member;
import org.acredita.programmes.Programme;
import org.acredita.programmes.Programmes;
import org.acredita.readiness.ReadinessAssessments;
import org.acredita.readiness.ReadinessScore;
import org.acredita.training.TrainingEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A programme's dashboard for whoever takes part in it: advisors see their agencies, the accreditation
 * body and the funder the whole programme, agency people their own agency. Each figure is one query
 * over all the programme's agencies, never one per agency.
 */
@Service
public class ProgrammeDashboard {

    /** The programme works on central Mexico's calendar (deadlines are calendar dates). */
    static final ZoneId PROGRAMME_ZONE = TechnicalAssistance.PROGRAMME_ZONE;

    private final Programmes programmes;
    private final AgencyStandings standings;
    private final TechnicalAssistance assistance;
    private final ReadinessAssessments readiness;
    private final Findings findings;
    private final TrainingEvents training;
    private final Clock clock;
    private final List<AgencyAttention> attention;
    private final CommissionRecords commission;

    ProgrammeDashboard(Programmes programmes, AgencyStandings standings, TechnicalAssistance assistance,
            ReadinessAssessments readiness, Findings findings, TrainingEvents training, Clock clock,
            List<AgencyAttention> attention, CommissionRecords commission) {
        this.commission = commission;
        this.attention = List.copyOf(attention);
        this.training = training;
        this.findings = findings;
        this.programmes = programmes;
        this.standings = standings;
        this.assistance = assistance;
        this.readiness = readiness;
        this.clock = clock;
    }

    private Map<UUID, Double> readinessScores(Set<UUID> agencies) {
        return readiness.latestScores(agencies).values().stream()
                .collect(Collectors.toMap(ReadinessScore::agencyId, ReadinessScore::percent));
    }

    @Transactional(readOnly = true)
    public Dashboard of(UUID programmeId) {
        Programmes.WithMembers read = programmes.withMembers(programmeId);
        return assemble(read.programme(), read.agencies(), LocalDate.now(clock.withZone(PROGRAMME_ZONE)));
    }

    private Dashboard assemble(Programme programme, Set<UUID> agencies, LocalDate today) {
        List<AgencyStanding> standing = standings.of(agencies);
        List<ProgrammeDeadline> deadlines = DashboardFigures.deadlines(standing, today);
        Map<UUID, AssistanceTotal> help = assistance.totalsFor(agencies, programme.startsOn());
        Map<UUID, LocalDate> accredited = standings.firstAccredited(agencies);
        Map<UUID, Double> scores = readinessScores(agencies);
        return new Dashboard(programme, today, standing.size(), DashboardFigures.byPhase(standing),
                DashboardFigures.byKind(standing), DashboardFigures.byState(standing),
                DashboardFigures.upcoming(deadlines), DashboardFigures.overdue(deadlines),
                help.values().stream().mapToLong(AssistanceTotal::sessions).sum(),
                help.values().stream().mapToLong(AssistanceTotal::minutes).sum(),
                DashboardFigures.accreditedOverTime(accredited.values(), programme.startsOn(), programme.endsOn(), today),
                accredited.size(), DashboardFigures.readinessByState(standing, scores),
                DashboardFigures.average(scores.values()), overdueActions(standing, today),
                training.tally(programme, agencies), commission.figures(agencies, today), attention(agencies, today));
    }

    /** The figures other modules count across the programme's agencies through {@link AgencyAttention#across}. */
    private List<AgencyAttention.Notice> attention(Set<UUID> agencies, LocalDate today) {
        return attention.stream().flatMap(source -> source.across(agencies, today).stream()).toList();
    }

    /** The agencies with corrective actions past due, by name (one query for the whole programme). */
    private List<Dashboard.AgencyOverdue> overdueActions(List<AgencyStanding> standing, LocalDate today) {
        Map<UUID, Finding.Tally> tallies = findings.tallies(standing.stream().map(AgencyStanding::agencyId).toList(),
                today);
        return standing.stream().filter(s -> tallies.containsKey(s.agencyId()) && tallies.get(s.agencyId()).overdue() > 0)
                .map(s -> new Dashboard.AgencyOverdue(s.agencyId(), s.name(), tallies.get(s.agencyId()).overdue()))
                .sorted(Comparator.comparing(Dashboard.AgencyOverdue::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The programme's agencies matching a drill-down, by name, with cohort, advisors and assistance hours. */
    @Transactional(readOnly = true)
    public List<AgencyRow> agencies(UUID programmeId, Filter filter) {
        Programme programme = programmes.get(programmeId);
        Map<UUID, Member> members = programmes.members(programme.id()).stream()
                .collect(Collectors.toMap(Member::agencyId, Function.identity()));
        Map<UUID, AssistanceTotal> help = assistance.totalsFor(members.keySet(), programme.startsOn());
        Map<UUID, Double> scores = readinessScores(members.keySet());
        return standings.of(members.keySet()).stream().filter(filter::matches)
                .map(s -> new AgencyRow(s, members.get(s.agencyId()),
                        help.containsKey(s.agencyId()) ? help.get(s.agencyId()).hours() : 0,
                        scores.containsKey(s.agencyId()) ? (int) Math.round(scores.get(s.agencyId())) : null))
                .sorted(Comparator.comparing(row -> row.standing().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
