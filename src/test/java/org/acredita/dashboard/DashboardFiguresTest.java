package org.acredita.dashboard;

import org.acredita.dashboard.internal.AccreditedMonth;
import org.acredita.dashboard.internal.DashboardFigures;
import org.acredita.dashboard.internal.ProgrammeDeadline;
import org.acredita.dashboard.internal.ProgrammeDeadlineKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.acredita.agencies.AgencyKind;
import org.acredita.agencies.AgencyStanding;
import org.acredita.agencies.Phase;
import org.acredita.standards.AccreditationProgramme;
import org.junit.jupiter.api.Test;

class DashboardFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static AgencyStanding standing(String name, Phase phase, String state, LocalDate deadline,
            LocalDate hearing, LocalDate expires) {
        return new AgencyStanding(UUID.randomUUID(), name, AgencyKind.LAW_ENFORCEMENT, state, null, phase,
                AccreditationProgramme.LAW_ENFORCEMENT, deadline == null ? null : deadline.minusYears(3), deadline, hearing,
                expires == null ? null : expires.minusYears(4), expires);
    }

    @Test
    void countsByPhaseKindAndStateSkipWhatIsNotRecorded() {
        var standings = List.of(standing("A", Phase.SELF_ASSESSMENT, "22", null, null, null),
                standing("B", Phase.SELF_ASSESSMENT, "31", null, null, null),
                standing("C", null, null, null, null, null));
        assertThat(DashboardFigures.byPhase(standings)).containsExactly(java.util.Map.entry(Phase.SELF_ASSESSMENT, 2L));
        assertThat(DashboardFigures.byState(standings)).containsOnlyKeys("22", "31");
        assertThat(DashboardFigures.byKind(standings).get(AgencyKind.LAW_ENFORCEMENT)).isEqualTo(3L);
    }

    @Test
    void deadlinesFollowThePhaseTheyBelongTo() {
        var working = standing("Trabajando", Phase.SELF_ASSESSMENT, "22", TODAY.plusDays(30), null, null);
        var late = standing("Atrasada", Phase.MOCK_ASSESSMENT, "22", TODAY.minusDays(3), null, null);
        var inReview = standing("En revisión", Phase.REMOTE_FILE_REVIEW, "22", TODAY.plusDays(10), null, null);
        var hearing = standing("Audiencia", Phase.HEARING_SCHEDULED, "22", TODAY.minusYears(1), TODAY.plusDays(90), null);
        var awarded = standing("Acreditada", Phase.CONTINUED_COMPLIANCE, "22", null, null, TODAY.plusDays(91));
        var lapsed = standing("Vencida", Phase.LAPSED, "22", null, null, TODAY.minusDays(1));
        var all = DashboardFigures.deadlines(List.of(working, late, inReview, hearing, awarded, lapsed), TODAY);

        assertThat(all).extracting(ProgrammeDeadline::agencyName).containsExactly("Atrasada", "Trabajando", "Audiencia",
                "Acreditada");
        assertThat(DashboardFigures.upcoming(all)).extracting(ProgrammeDeadline::agencyName)
                .containsExactly("Trabajando", "Audiencia");
        assertThat(DashboardFigures.overdue(all)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ProgrammeDeadlineKind.SELF_ASSESSMENT);
            assertThat(d.days()).isEqualTo(-3);
        });
    }

    @Test
    void accreditationsAccumulateMonthByMonthUpToTodayWithinTheProgramme() {
        var months = DashboardFigures.accreditedOverTime(List.of(LocalDate.of(2024, 5, 1), LocalDate.of(2026, 2, 14),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 10, 1)), LocalDate.of(2026, 1, 15),
                LocalDate.of(2029, 12, 31), TODAY);
        assertThat(months).hasSize(11);
        assertThat(months.get(0)).isEqualTo(new AccreditedMonth(YearMonth.of(2026, 1), 1));
        assertThat(months.get(1)).isEqualTo(new AccreditedMonth(YearMonth.of(2026, 2), 3));
        assertThat(months.get(10)).isEqualTo(new AccreditedMonth(YearMonth.of(2026, 11), 4));
        assertThat(DashboardFigures.accreditedOverTime(List.of(), LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1),
                TODAY)).isEmpty();
    }
}
