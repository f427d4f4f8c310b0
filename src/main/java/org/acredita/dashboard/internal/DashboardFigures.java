package org.acredita.dashboard.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.AgencyStanding;
import org.acredita.agencies.Phase;

/** The counting rules of the dashboard, free of storage so they are tested directly. */
public final class DashboardFigures {

    /** How far ahead the dashboard looks for deadlines. */
    public static final int HORIZON_DAYS = 90;

    private DashboardFigures() {
    }

    public static Map<Phase, Long> byPhase(Collection<AgencyStanding> standings) {
        return count(standings, AgencyStanding::phase, new EnumMap<>(Phase.class));
    }

    public static Map<AgencyKind, Long> byKind(Collection<AgencyStanding> standings) {
        return count(standings, AgencyStanding::kind, new EnumMap<>(AgencyKind.class));
    }

    public static Map<String, Long> byState(Collection<AgencyStanding> standings) {
        return count(standings, AgencyStanding::stateCode, new TreeMap<>());
    }

    private static <K> Map<K, Long> count(Collection<AgencyStanding> standings, Function<AgencyStanding, K> key,
            Map<K, Long> counts) {
        for (AgencyStanding standing : standings) {
            K value = key.apply(standing);
            if (value != null) {
                counts.merge(value, 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The average latest readiness score per state, over the agencies that have one (rounded percent). */
    public static Map<String, Long> readinessByState(Collection<AgencyStanding> standings, Map<java.util.UUID, Double> scores) {
        Map<String, double[]> sums = new TreeMap<>();
        for (AgencyStanding standing : standings) {
            Double score = scores.get(standing.agencyId());
            if (score != null && standing.stateCode() != null) {
                double[] sum = sums.computeIfAbsent(standing.stateCode(), k -> new double[2]);
                sum[0] += score;
                sum[1]++;
            }
        }
        Map<String, Long> averages = new TreeMap<>();
        sums.forEach((state, sum) -> averages.put(state, Math.round(sum[0] / sum[1])));
        return averages;
    }

    /** The average of the scores given, rounded; null when there is none. */
    public static Integer average(Collection<Double> scores) {
        return scores.isEmpty() ? null
                : (int) Math.round(scores.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    /**
     * Every dated obligation still open: the self-assessment deadline while the agency works towards
     * review, a scheduled hearing not yet decided, the award's expiry while it holds one. Soonest first.
     */
    public static List<ProgrammeDeadline> deadlines(Collection<AgencyStanding> standings, LocalDate today) {
        List<ProgrammeDeadline> deadlines = new ArrayList<>();
        for (AgencyStanding s : standings) {
            if (s.awaitsSelfAssessmentDeadline()) {
                deadlines.add(deadline(s, ProgrammeDeadlineKind.SELF_ASSESSMENT, s.selfAssessmentDeadline(), today));
            }
            if (s.phase() == Phase.HEARING_SCHEDULED && s.hearingDate() != null) {
                deadlines.add(deadline(s, ProgrammeDeadlineKind.HEARING, s.hearingDate(), today));
            }
            if (s.holdsAward()) {
                deadlines.add(deadline(s, ProgrammeDeadlineKind.AWARD_EXPIRY, s.awardExpires(), today));
            }
        }
        deadlines.sort(Comparator.comparing(ProgrammeDeadline::due).thenComparing(ProgrammeDeadline::agencyName));
        return deadlines;
    }

    public static List<ProgrammeDeadline> upcoming(List<ProgrammeDeadline> deadlines) {
        return deadlines.stream().filter(d -> d.days() >= 0 && d.days() <= HORIZON_DAYS).toList();
    }

    public static List<ProgrammeDeadline> overdue(List<ProgrammeDeadline> deadlines) {
        return deadlines.stream().filter(ProgrammeDeadline::overdue).toList();
    }

    private static ProgrammeDeadline deadline(AgencyStanding s, ProgrammeDeadlineKind kind, LocalDate due,
            LocalDate today) {
        return new ProgrammeDeadline(s.agencyId(), s.name(), kind, due, ChronoUnit.DAYS.between(today, due));
    }

    /**
     * Accredited agencies month by month from the programme's first month to this one (or its last, if
     * over): each agency counts from the month of its first accreditation; earlier ones from the start.
     */
    public static List<AccreditedMonth> accreditedOverTime(Collection<LocalDate> firstAccredited, LocalDate start,
            LocalDate end, LocalDate today) {
        YearMonth first = YearMonth.from(start);
        YearMonth last = YearMonth.from(today.isBefore(end) ? today : end);
        List<AccreditedMonth> months = new ArrayList<>();
        if (last.isBefore(first)) {
            return months;
        }
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate monthEnd = month.atEndOfMonth();
            int count = (int) firstAccredited.stream().filter(date -> !date.isAfter(monthEnd)).count();
            months.add(new AccreditedMonth(month, count));
        }
        return months;
    }
}
