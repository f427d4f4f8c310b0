package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.support.AcreditaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deadlines come from the enrolments, only while they bind, and only for agencies the caller may read. */
@AcreditaIntegrationTest
class DeadlinesTest {

    // Far in the future, so no other test's agencies fall in the same ranges.
    private static final LocalDate DUE = LocalDate.of(2093, 6, 15);

    @Autowired
    Deadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    private UUID agency(String name) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "insert into organisation (kind, name, state_code) values ('AGENCY', ?, '09') returning id")
                .param(name + " " + UUID.randomUUID()).query(UUID.class).single());
    }

    private void enrol(UUID agency, AccreditationProgramme programme, Phase phase, LocalDate deadline, LocalDate expires) {
        CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("""
                insert into agency_enrolment (agency_id, programme, phase, agreement_date, self_assessment_deadline,
                    award_date, award_expires) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(agency, programme.name(), phase.name(), LocalDate.of(2090, 1, 1), deadline,
                        expires == null ? null : expires.minusYears(4), expires).update());
    }

    private static AccessScope memberOf(UUID agency) {
        Reach own = Reach.of(Set.of(agency));
        return new AccessScope(UUID.randomUUID(), "gerente.prueba", agency, Set.of(Role.ACCREDITATION_MANAGER), own,
                own);
    }

    @Test
    void listsSelfAssessmentDeadlinesOnlyBeforeTheRemoteReviewAndExpiriesOnlyWhileAwarded() {
        UUID working = agency("Policía en autoevaluación");
        UUID reviewed = agency("Policía en revisión");
        UUID accredited = agency("Policía acreditada");
        UUID lapsed = agency("Policía sin acreditación vigente");
        enrol(working, AccreditationProgramme.LAW_ENFORCEMENT, Phase.MOCK_ASSESSMENT, DUE, null);
        enrol(reviewed, AccreditationProgramme.LAW_ENFORCEMENT, Phase.REMOTE_FILE_REVIEW, DUE, null);
        enrol(accredited, AccreditationProgramme.COMMUNICATIONS, Phase.CONTINUED_COMPLIANCE, DUE.minusYears(3), DUE.plusDays(3));
        enrol(lapsed, AccreditationProgramme.COMMUNICATIONS, Phase.LAPSED, DUE.minusYears(3), DUE.plusDays(3));

        List<Deadline> found = CurrentScope.runAs(AccessScope.SYSTEM,
                () -> deadlines.dueBetween(DUE.minusDays(10), DUE.plusDays(10)));

        assertThat(found).extracting(Deadline::agencyId, Deadline::kind, Deadline::due).containsExactly(
                org.assertj.core.groups.Tuple.tuple(working, DeadlineKind.SELF_ASSESSMENT, DUE),
                org.assertj.core.groups.Tuple.tuple(accredited, DeadlineKind.AWARD_EXPIRY, DUE.plusDays(3)));
        assertThat(found.get(0).agencyName()).startsWith("Policía en autoevaluación");
        assertThat(found.get(0).phase()).isEqualTo(Phase.MOCK_ASSESSMENT);
    }

    @Test
    void restrictsToTheGivenAgenciesAndTheCallersScope() {
        UUID mine = agency("Centro de Mando propio");
        UUID other = agency("Centro de Mando ajeno");
        LocalDate due = DUE.plusMonths(2);
        enrol(mine, AccreditationProgramme.COMMUNICATIONS, Phase.SELF_ASSESSMENT, due, null);
        enrol(other, AccreditationProgramme.COMMUNICATIONS, Phase.SELF_ASSESSMENT, due, null);

        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> deadlines.dueBetween(due, due, List.of(other))))
                .extracting(Deadline::agencyId).containsExactly(other);
        assertThat(CurrentScope.runAs(memberOf(mine), () -> deadlines.dueBetween(due, due)))
                .extracting(Deadline::agencyId).containsExactly(mine);
        assertThat(CurrentScope.runAs(memberOf(mine), () -> deadlines.dueBetween(due, due, List.of(other)))).isEmpty();
        assertThat(CurrentScope.runAs(AccessScope.NOBODY, () -> deadlines.dueBetween(due, due))).isEmpty();
    }

    @Test
    void overdueMeansBeforeTodayAndStillBinding() {
        UUID late = agency("Instituto Policial atrasado");
        LocalDate due = DUE.plusMonths(4);
        enrol(late, AccreditationProgramme.TRAINING_ACADEMY, Phase.SELF_ASSESSMENT, due, null);

        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> deadlines.overdue(due, List.of(late)))).isEmpty();
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, () -> deadlines.overdue(due.plusDays(1), List.of(late))))
                .extracting(Deadline::agencyId, Deadline::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late, DeadlineKind.SELF_ASSESSMENT));
    }
}
