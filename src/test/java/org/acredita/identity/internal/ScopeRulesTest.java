package org.acredita.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.junit.jupiter.api.Test;

/** The rules that decide which agencies each role reaches. */
class ScopeRulesTest {

    private final UUID agencyA = UUID.randomUUID();
    private final UUID agencyB = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();

    private AccessScope scope(UUID organisation, UUID ownAgency, Set<UUID> assigned, Role... roles) {
        return ScopeRules.scopeFor(UUID.randomUUID(), "u", organisation, ownAgency, Set.of(roles), assigned);
    }

    @Test
    void agencyStaffReachOnlyTheirOwnAgency() {
        AccessScope staff = scope(agencyA, agencyA, Set.of(), Role.AGENCY_STAFF);
        assertThat(staff.canRead(agencyA)).isTrue();
        assertThat(staff.canWrite(agencyA)).isTrue();
        assertThat(staff.canRead(agencyB)).isFalse();
        assertThatThrownBy(() -> staff.requireRead(agencyB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> staff.requireWrite(agencyB)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void advisorsReachTheirAssignedAgencies() {
        AccessScope advisor = scope(partner, null, Set.of(agencyA), Role.ADVISOR);
        assertThat(advisor.canWrite(agencyA)).isTrue();
        assertThat(advisor.canRead(agencyB)).isFalse();
        assertThat(advisor.read().asSetting()).isEqualTo(agencyA.toString());
    }

    @Test
    void funderReadsEverythingAndChangesNothing() {
        AccessScope funder = scope(partner, null, Set.of(), Role.FUNDER_OFFICER);
        assertThat(funder.canRead(agencyA)).isTrue();
        assertThat(funder.canRead(agencyB)).isTrue();
        assertThat(funder.canWrite(agencyA)).isFalse();
        assertThatThrownBy(() -> funder.requireWrite(agencyA)).isInstanceOf(ForbiddenException.class);
        assertThat(funder.write().asSetting()).isEmpty();
    }

    @Test
    void administratorsAndProgrammeManagersReachEverything() {
        assertThat(scope(partner, null, Set.of(), Role.ADMIN).read().asSetting()).isEqualTo("*");
        assertThat(scope(partner, null, Set.of(), Role.PROGRAMME_MANAGER).canWrite(agencyB)).isTrue();
    }

    @Test
    void commissionersReadButDoNotChange() {
        AccessScope commissioner = scope(partner, null, Set.of(), Role.COMMISSIONER);
        assertThat(commissioner.canRead(agencyA)).isTrue();
        assertThat(commissioner.canWrite(agencyA)).isFalse();
    }

    @Test
    void aPersonWithoutRolesReachesNothing() {
        AccessScope nobody = scope(agencyA, agencyA, Set.of(agencyB));
        assertThat(nobody.canRead(agencyA)).isFalse();
        assertThat(nobody.read().asSetting()).isEmpty();
    }

    @Test
    void rolesAddUp() {
        AccessScope both = scope(partner, null, Set.of(agencyA), Role.ADVISOR, Role.FUNDER_OFFICER);
        assertThat(both.canRead(agencyB)).isTrue();
        assertThat(both.canWrite(agencyA)).isTrue();
        assertThat(both.canWrite(agencyB)).isFalse();
    }
}
