package org.acredita.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.Role;
import org.acredita.identity.internal.ScopeRules;
import org.acredita.support.AcreditaIntegrationTest;
import org.acredita.support.DemoOrganisations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one agency gate, for every role: a caller of the police force (or assigned to it) reaches it and no
 * other agency; the accreditation body's managers and administrators reach all; commissioners and funders
 * read all and change none; an organisation that is not an agency is never found.
 */
@AcreditaIntegrationTest
class AgencyGateTest {

    private static final Set<Role> AGENCY_ROLES = EnumSet.of(Role.AGENCY_CEO, Role.ACCREDITATION_MANAGER,
            Role.AGENCY_STAFF);
    private static final Set<Role> ASSIGNED_ROLES = EnumSet.of(Role.ADVISOR, Role.REGIONAL_MANAGER, Role.ASSESSOR,
            Role.TEAM_LEADER);
    private static final Set<Role> READ_ONLY_ROLES = EnumSet.of(Role.COMMISSIONER, Role.FUNDER_OFFICER);

    @Autowired
    AgencyGate gate;

    @Autowired
    JdbcClient jdbc;

    private UUID police;
    private UUID c5;
    private UUID funder;

    @BeforeEach
    void findOrganisations() {
        police = DemoOrganisations.police(jdbc);
        c5 = DemoOrganisations.c5(jdbc);
        funder = DemoOrganisations.id(jdbc, "Cooperación");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void letsEachRoleReadOnlyTheAgenciesItReaches(Role role) {
        as(role, () -> {
            assertThat(gate.readable(police).id()).isEqualTo(police);
            if (AGENCY_ROLES.contains(role) || ASSIGNED_ROLES.contains(role)) {
                assertThatThrownBy(() -> gate.readable(c5)).isInstanceOf(NotFoundException.class);
            } else {
                assertThat(gate.readable(c5).id()).isEqualTo(c5);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void neverFindsAnOrganisationThatIsNotAnAgency(Role role) {
        as(role, () -> {
            assertThatThrownBy(() -> gate.readable(funder)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> gate.writable(funder)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> gate.readable(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        });
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void letsEachRoleChangeOnlyWhatItMayWrite(Role role) {
        as(role, () -> {
            if (READ_ONLY_ROLES.contains(role)) {
                assertThatThrownBy(() -> gate.writable(police)).isInstanceOf(ForbiddenException.class);
                assertThat(gate.mayWrite(police)).isFalse();
            } else {
                assertThat(gate.writable(police).id()).isEqualTo(police);
                assertThat(gate.mayWrite(police)).isTrue();
            }
            boolean reachesAll = role == Role.ADMIN || role == Role.PROGRAMME_MANAGER;
            if (reachesAll) {
                assertThat(gate.writable(c5).id()).isEqualTo(c5);
            } else if (READ_ONLY_ROLES.contains(role)) {
                assertThatThrownBy(() -> gate.writable(c5)).isInstanceOf(ForbiddenException.class);
            } else {
                assertThatThrownBy(() -> gate.writable(c5)).isInstanceOf(NotFoundException.class);
            }
            assertThat(gate.mayWrite(c5)).isEqualTo(reachesAll);
        });
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void refusesARoleTheWorkDoesNotAllow(Role role) {
        as(role, () -> {
            if (role == Role.ADMIN) {
                assertThat(gate.writable(police, Role.ADMIN).id()).isEqualTo(police);
            } else {
                assertThatThrownBy(() -> gate.writable(police, Role.ADMIN)).isInstanceOf(ForbiddenException.class);
            }
            assertThat(gate.mayWrite(police, Role.ADMIN)).isEqualTo(role == Role.ADMIN);
        });
    }

    /** A caller holding only this role, belonging to the police force or assigned to it as its role allows. */
    private void as(Role role, Runnable check) {
        UUID ownAgency = AGENCY_ROLES.contains(role) ? police : null;
        AccessScope scope = ScopeRules.scopeFor(UUID.randomUUID(), "gate-" + role, ownAgency, ownAgency,
                Set.of(role), Set.of(police));
        CurrentScope.runAs(scope, check);
    }
}
