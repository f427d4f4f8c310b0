package org.acredita.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.OrganisationKind;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.agencies.Phase;
import org.acredita.agencies.PhaseChanged;
import org.acredita.identity.Organisations;
import org.acredita.standards.AccreditationProgramme;
import org.acredita.support.AcreditaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The self-assessment module's side of the agencies module's event, as a Modulith {@link Scenario}: the event
 * published in a transaction (as the lifecycle does) opens the file before that transaction commits. Runs on the
 * shared context ({@code @EnableScenarios} only adds a parameter resolver, so the context cache still reuses it);
 * {@code AccreditationFileTest} drives the same through the API from the agency's side.
 */
@AcreditaIntegrationTest
@EnableScenarios
class FileOpensOnSelfAssessmentTest {

    @Autowired
    Organisations organisations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void enteringSelfAssessmentOpensTheFileInTheTransitionsTransaction(Scenario scenario) {
        AccessScope admin = administrator();
        UUID agency = CurrentScope.runAs(admin, () -> organisations.create(OrganisationKind.AGENCY,
                "Policía de Zapopan — escenario", "14", "America/Mexico_City")).id();
        PhaseChanged entered = new PhaseChanged(agency, UUID.randomUUID(), AccreditationProgramme.LAW_ENFORCEMENT,
                Phase.READINESS_ASSESSMENT, Phase.SELF_ASSESSMENT, Instant.now());

        CurrentScope.runAs(admin, () -> scenario.publish(entered)
                .andWaitForStateChange(() -> openFiles(agency) > 0)
                .andVerify(opened -> assertThat(openFiles(agency)).isEqualTo(1)));
    }

    @Test
    void anotherPhaseOpensNoFile(Scenario scenario) {
        AccessScope admin = administrator();
        UUID agency = CurrentScope.runAs(admin, () -> organisations.create(OrganisationKind.AGENCY,
                "Policía de Tonalá — escenario", "14", "America/Mexico_City")).id();
        PhaseChanged committed = new PhaseChanged(agency, UUID.randomUUID(), AccreditationProgramme.LAW_ENFORCEMENT,
                Phase.INVITED, Phase.COMMITTED, Instant.now());

        CurrentScope.runAs(admin, () -> scenario.publish(committed)
                .andWaitForEventOfType(PhaseChanged.class)
                .matching(event -> event.agencyId().equals(agency))
                .toArriveAndVerify(event -> assertThat(openFiles(agency)).isZero()));
    }

    private long openFiles(UUID agency) {
        return CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql(
                "select count(*) from accreditation_file where agency_id = ? and programme = 'LAW_ENFORCEMENT'")
                .param(agency).query(Long.class).single());
    }

    private AccessScope administrator() {
        UUID id = CurrentScope.runAs(AccessScope.SYSTEM, () -> jdbc.sql("select id from app_user where username = 'admin'")
                .query(UUID.class).single());
        return new AccessScope(id, "admin", null, Set.of(Role.ADMIN), Reach.ALL, Reach.ALL);
    }
}
