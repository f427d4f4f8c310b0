package org.acredita.dashboard.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.Phase;
import org.acredita.commission.AwardFigures;
import org.acredita.dashboard.internal.Dashboard;
import org.acredita.dashboard.internal.ProgrammeDeadline;
import org.acredita.dashboard.internal.ProgrammeDashboard;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A programme's dashboard figures, limited to the agencies the caller may see. */
@RestController
@Tag(name = "Programmes", description = "Funded programmes / Programas financiados")
class DashboardApi {

    record DeadlineJson(UUID agencyId, String agencyName, String kind, LocalDate due, long days) {

        static DeadlineJson of(ProgrammeDeadline d) {
            return new DeadlineJson(d.agencyId(), d.agencyName(), d.kind().name(), d.due(), d.days());
        }
    }

    record Deadlines(List<DeadlineJson> next90Days, List<DeadlineJson> overdue) {
    }

    record Assistance(long sessions, double hours) {
    }

    record Training(long events, long peopleTrained, java.math.BigDecimal hours) {
    }

    record MonthJson(String month, int accredited) {
    }

    record DashboardJson(UUID programmeId, String name, LocalDate asOf, int agencies, Map<Phase, Long> byPhase,
            Map<AgencyKind, Long> byKind, Map<String, Long> byState, Deadlines deadlines,
            Assistance technicalAssistance, int accredited, int goal, List<MonthJson> accreditedOverTime,
            Integer averageReadiness, Map<String, Long> readinessByState, long overdueCorrectiveActions,
            Training training, AwardFigures awards) {

        static DashboardJson of(Dashboard d) {
            return new DashboardJson(d.programme().id(), d.programme().name(), d.today(), d.agencies(), d.byPhase(),
                    d.byKind(), d.byState(), new Deadlines(d.upcoming().stream().map(DeadlineJson::of).toList(),
                            d.overdue().stream().map(DeadlineJson::of).toList()),
                    new Assistance(d.assistanceSessions(), d.assistanceHours()), d.accredited(), d.goal(),
                    d.accreditedOverTime().stream().map(m -> new MonthJson(m.month().toString(), m.accredited()))
                            .toList(), d.averageReadiness(), d.readinessByState(), d.overdueActionCount(),
                    new Training(d.training().events(), d.training().peopleTrained(), d.training().hours()),
                    d.awards());
        }
    }

    private final ProgrammeDashboard dashboard;

    DashboardApi(ProgrammeDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/programmes/{id}/dashboard")
    @Operation(summary = "Counts by phase, kind and state (INEGI code), deadlines in the next 90 days and overdue, "
            + "technical-assistance totals, accredited agencies over time against the goal, and the average latest "
            + "readiness score overall and by state, the corrective actions past due, the training given (events, "
            + "people trained, hours attended) and the Commission's figures "
            + "(agencies holding an active award, awards expiring within 12 months, conditions open and past due, "
            + "annual reports overdue)")
    DashboardJson dashboard(@PathVariable("id") UUID id) {
        return DashboardJson.of(dashboard.of(id));
    }
}
