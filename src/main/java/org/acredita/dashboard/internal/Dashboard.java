package org.acredita.dashboard.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.acredita.agencies.AgencyAttention;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.Phase;
import org.acredita.commission.AwardFigures;
import org.acredita.programmes.Programme;
import org.acredita.training.TrainingTally;

/**
 * A programme at a glance, as of a date: agencies by phase, kind and state (INEGI code; agencies
 * without a recorded state are not in that count), deadlines in the next {@link DashboardFigures#HORIZON_DAYS}
 * days and overdue, technical assistance since the programme began, accreditations month by month, and
 * the average latest readiness score (0–100, rounded) per state and overall, among agencies assessed, and the
 * agencies with overdue corrective actions (by name), the programme's training (events, people trained and hours
 * attended by its agencies' people), and the Commission's figures (awarded agencies, awards expiring
 * within a year, conditions open and overdue, annual reports overdue) and the figures other modules count through
 * {@link AgencyAttention#across}.
 */
public record Dashboard(Programme programme, LocalDate today, int agencies, Map<Phase, Long> byPhase,
        Map<AgencyKind, Long> byKind, Map<String, Long> byState, List<ProgrammeDeadline> upcoming,
        List<ProgrammeDeadline> overdue,
        long assistanceSessions, long assistanceMinutes, List<AccreditedMonth> accreditedOverTime, int accredited,
        Map<String, Long> readinessByState, Integer averageReadiness, List<AgencyOverdue> overdueActions,
        TrainingTally training, AwardFigures awards, List<AgencyAttention.Notice> attention) {

    /** An agency whose corrective actions are past due, and how many. */
    public record AgencyOverdue(java.util.UUID agencyId, String name, long count) {
    }

    /** Corrective actions past due across the programme's agencies. */
    public long overdueActionCount() {
        return overdueActions.stream().mapToLong(AgencyOverdue::count).sum();
    }

    public int goal() {
        return programme.totalGoal();
    }

    public double assistanceHours() {
        return Math.round(assistanceMinutes / 6.0) / 10.0;
    }

    /** Share of the goal reached, 0–100 (0 when the programme sets no goal). */
    public int goalPercent() {
        return goal() == 0 ? 0 : (int) Math.min(100, Math.round(100.0 * accredited / goal()));
    }
}
