package org.acredita.commission;

import static org.assertj.core.api.Assertions.assertThat;

import org.acredita.agencies.Phase;
import org.junit.jupiter.api.Test;

/** Which award a later decision applies to, what it leaves, and where it takes the agency's lifecycle. */
class StandingChangeTest {

    @Test
    void onlyAnActiveAwardIsSuspendedOrLapses() {
        for (StandingChange change : new StandingChange[] {StandingChange.SUSPENDED, StandingChange.LAPSED}) {
            assertThat(change.allowedFrom(AwardStatus.ACTIVE)).as(change.name()).isTrue();
            assertThat(change.allowedFrom(AwardStatus.SUSPENDED)).as(change.name()).isFalse();
            assertThat(change.allowedFrom(AwardStatus.EXPIRED)).as(change.name()).isFalse();
            assertThat(change.allowedFrom(AwardStatus.REVOKED)).as(change.name()).isFalse();
        }
    }

    @Test
    void anActiveOrSuspendedAwardIsRevokedAndOnlyASuspendedOneReinstated() {
        assertThat(StandingChange.REVOKED.allowedFrom(AwardStatus.ACTIVE)).isTrue();
        assertThat(StandingChange.REVOKED.allowedFrom(AwardStatus.SUSPENDED)).isTrue();
        assertThat(StandingChange.REVOKED.allowedFrom(AwardStatus.EXPIRED)).isFalse();
        assertThat(StandingChange.REVOKED.allowedFrom(AwardStatus.REVOKED)).isFalse();
        assertThat(StandingChange.REINSTATED.allowedFrom(AwardStatus.SUSPENDED)).isTrue();
        assertThat(StandingChange.REINSTATED.allowedFrom(AwardStatus.ACTIVE)).isFalse();
        assertThat(StandingChange.REINSTATED.allowedFrom(AwardStatus.REVOKED)).isFalse();
    }

    @Test
    void eachChangeLeavesItsStatusAndTakesTheAgencyToItsPhase() {
        assertThat(StandingChange.SUSPENDED.leaves()).isEqualTo(AwardStatus.SUSPENDED);
        assertThat(StandingChange.SUSPENDED.phase()).isEqualTo(Phase.SUSPENDED);
        assertThat(StandingChange.REVOKED.leaves()).isEqualTo(AwardStatus.REVOKED);
        assertThat(StandingChange.REVOKED.phase()).isEqualTo(Phase.REMOVED);
        assertThat(StandingChange.REINSTATED.leaves()).isEqualTo(AwardStatus.ACTIVE);
        assertThat(StandingChange.REINSTATED.phase()).isEqualTo(Phase.CONTINUED_COMPLIANCE);
        assertThat(StandingChange.LAPSED.leaves()).isEqualTo(AwardStatus.EXPIRED);
        assertThat(StandingChange.LAPSED.phase()).isEqualTo(Phase.LAPSED);
    }

    @Test
    void aLapseIsNoOnesDecision() {
        assertThat(StandingChange.LAPSED.decided()).isFalse();
        assertThat(StandingChange.SUSPENDED.decided()).isTrue();
        assertThat(StandingChange.REVOKED.decided()).isTrue();
        assertThat(StandingChange.REINSTATED.decided()).isTrue();
    }
}
