package org.acredita.agencies;

import org.acredita.standards.AccreditationProgramme;
import org.acredita.agencies.internal.Lifecycle;
import org.acredita.agencies.internal.Requirement;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The lifecycle rules on their own: which phase may follow which, and what each transition needs. */
class LifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static Enrolment at(Phase phase) {
        return new Enrolment(UUID.randomUUID(), UUID.randomUUID(), AccreditationProgramme.LAW_ENFORCEMENT, phase, null, null, 0,
                null, null, null);
    }

    private static List<String> unmet(Enrolment enrolment, TransitionRequest request) {
        return Lifecycle.unmet(enrolment, request, TODAY).stream().map(Requirement::messageKey).toList();
    }

    @Test
    void followsTheMainPathFromCandidateToAward() {
        Phase[] path = {Phase.CANDIDATE, Phase.CONTACTED, Phase.INVITED, Phase.COMMITTED, Phase.READINESS_ASSESSMENT,
            Phase.SELF_ASSESSMENT, Phase.MOCK_ASSESSMENT, Phase.READY_FOR_REVIEW, Phase.REMOTE_FILE_REVIEW,
            Phase.SITE_BASED_ASSESSMENT, Phase.REPORT, Phase.HEARING_SCHEDULED, Phase.ACCREDITED,
            Phase.CONTINUED_COMPLIANCE, Phase.YEAR_FOUR_ASSESSMENT, Phase.REACCREDITED, Phase.CONTINUED_COMPLIANCE};
        for (int i = 1; i < path.length; i++) {
            assertThat(Lifecycle.next(path[i - 1])).as("%s → %s", path[i - 1], path[i]).contains(path[i]);
        }
    }

    @Test
    void refusesSkippingPhasesAndNamesBoth() {
        List<Requirement> unmet = Lifecycle.unmet(at(Phase.SELF_ASSESSMENT), TransitionRequest.to(Phase.ACCREDITED, null),
                TODAY);
        assertThat(unmet).singleElement().satisfies(r -> {
            assertThat(r.messageKey()).isEqualTo("agencies.requirement.notNext");
            assertThat(r.arguments()).hasSize(2);
        });
    }

    @Test
    void sideStatesOnlyAfterCommitmentAndSuspensionOnlyWithAnAward() {
        assertThat(Lifecycle.next(Phase.INVITED)).doesNotContain(Phase.WITHDRAWN, Phase.SUSPENDED);
        assertThat(Lifecycle.next(Phase.SELF_ASSESSMENT)).contains(Phase.WITHDRAWN, Phase.REMOVED)
                .doesNotContain(Phase.SUSPENDED, Phase.LAPSED);
        assertThat(Lifecycle.next(Phase.CONTINUED_COMPLIANCE)).contains(Phase.SUSPENDED, Phase.LAPSED, Phase.WITHDRAWN);
        assertThat(Lifecycle.next(Phase.WITHDRAWN)).isEmpty();
        assertThat(Lifecycle.next(Phase.DENIED)).isEmpty();
        assertThat(Lifecycle.next(Phase.SUSPENDED)).contains(Phase.CONTINUED_COMPLIANCE, Phase.REMOVED);
    }

    @Test
    void commitmentNeedsAnAgreementDateThatIsNotInTheFuture() {
        assertThat(unmet(at(Phase.INVITED), TransitionRequest.to(Phase.COMMITTED, null)))
                .containsExactly("agencies.requirement.agreementDate");
        assertThat(unmet(at(Phase.INVITED), new TransitionRequest(Phase.COMMITTED, null, TODAY.plusDays(1), null, null)))
                .containsExactly("agencies.requirement.agreementDate");
        assertThat(unmet(at(Phase.INVITED), new TransitionRequest(Phase.COMMITTED, null, TODAY, null, null))).isEmpty();
    }

    @Test
    void negativeDecisionsNeedAReason() {
        assertThat(unmet(at(Phase.INVITED), TransitionRequest.to(Phase.DECLINED, " ")))
                .containsExactly("agencies.requirement.reason");
        assertThat(unmet(at(Phase.HEARING_SCHEDULED), TransitionRequest.to(Phase.DENIED, null)))
                .containsExactly("agencies.requirement.reason");
        assertThat(unmet(at(Phase.SELF_ASSESSMENT), TransitionRequest.to(Phase.WITHDRAWN, "cambio de administración")))
                .isEmpty();
    }

    @Test
    void hearingsAndAwardsNeedTheirDates() {
        assertThat(unmet(at(Phase.REPORT), TransitionRequest.to(Phase.HEARING_SCHEDULED, null)))
                .containsExactly("agencies.requirement.hearingDate");
        assertThat(unmet(at(Phase.HEARING_SCHEDULED), TransitionRequest.to(Phase.ACCREDITED, null)))
                .containsExactly("agencies.requirement.awardDate");
        assertThat(unmet(at(Phase.HEARING_SCHEDULED), new TransitionRequest(Phase.ACCREDITED_WITH_CONDITIONS, null,
                null, null, TODAY))).containsExactly("agencies.requirement.reason");
        assertThat(unmet(at(Phase.ACCREDITED_WITH_CONDITIONS), TransitionRequest.to(Phase.ACCREDITED, null))).isEmpty();
    }

    @Test
    void anAwardLapsesOnlyAfterItExpires() {
        Enrolment current = new Enrolment(UUID.randomUUID(), UUID.randomUUID(), AccreditationProgramme.LAW_ENFORCEMENT,
                Phase.CONTINUED_COMPLIANCE, null, null, 0, null, TODAY.minusYears(3), TODAY.plusYears(1));
        assertThat(unmet(current, TransitionRequest.to(Phase.LAPSED, null)))
                .containsExactly("agencies.requirement.awardNotExpired");
        Enrolment expired = new Enrolment(current.id(), current.agencyId(), current.programme(), current.phase(), null,
                null, 0, null, TODAY.minusYears(4).minusDays(1), TODAY.minusDays(1));
        assertThat(unmet(expired, TransitionRequest.to(Phase.LAPSED, null))).isEmpty();
    }

    @Test
    void deadlineDependsOnTheProgrammeAndExtensions() {
        LocalDate signed = LocalDate.of(2025, 3, 10);
        assertThat(Lifecycle.deadline(signed, AccreditationProgramme.LAW_ENFORCEMENT, 0)).isEqualTo(LocalDate.of(2028, 3, 10));
        assertThat(Lifecycle.deadline(signed, AccreditationProgramme.COMMUNICATIONS, 0)).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(Lifecycle.deadline(signed, AccreditationProgramme.TRAINING_ACADEMY, 6)).isEqualTo(LocalDate.of(2027, 9, 10));
    }
}
