package org.acredita.audit;

import org.acredita.audit.internal.AuditEntry;
import org.acredita.audit.internal.AuditLog;
import org.acredita.audit.internal.AuditPage;
import org.acredita.audit.internal.AuditQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.NotFoundException;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

@AuditModuleTest
class AuditLogTest {

    private static final UUID AGENCY_A = UUID.randomUUID();
    private static final UUID AGENCY_B = UUID.randomUUID();

    private static AuditDatabase database;
    private static AuditLog log;

    @BeforeAll
    static void recordEvents(ApplicationContext context) {
        database = AuditDatabase.of(context);
        database.clear();
        log = context.getBean(AuditLog.class);
        AuditTrail trail = context.getBean(AuditTrail.class);
        database.inTransaction(AccessScope.SYSTEM, () -> trail.record("PROGRAMME_OPENED", null, null, null,
                "Convocatoria 2025"));
        database.inTransaction(Scopes.agencyMember(AGENCY_A, Role.AGENCY_CEO, "carla.ceo"), () -> {
            trail.record("USER_CREATED", "USER", "1", AGENCY_A, "Alta de Juan Pérez");
            trail.record("ROLE_GRANTED", "USER", "1", AGENCY_A, "Juan Pérez: gerente de acreditación");
        });
        database.inTransaction(Scopes.agencyMember(AGENCY_B, Role.AGENCY_CEO, "beto.ceo"), () -> {
            trail.record("USER_CREATED", "USER", "2", AGENCY_B, "Alta de Ana López");
            trail.record("USER_CREATED", "USER", "3", AGENCY_B, "Alta de Rosa Díaz");
            trail.record("USER_DISABLED", "USER", "2", AGENCY_B, "Baja de Ana López");
        });
    }

    @Test
    void administratorSeesEveryEventIncludingProgrammeWide() {
        AuditPage page = search(Scopes.administrator(), AuditQuery.page(0, 20));

        assertThat(page.total()).isEqualTo(6);
        assertThat(page.items()).extracting(AuditEntry::action).containsExactly("USER_DISABLED", "USER_CREATED",
                "USER_CREATED", "ROLE_GRANTED", "USER_CREATED", "PROGRAMME_OPENED");
    }

    @Test
    void agencyManagerSeesOnlyOwnAgencysEvents() {
        AccessScope manager = Scopes.agencyMember(AGENCY_A, Role.ACCREDITATION_MANAGER, "maria.manager");

        AuditPage page = search(manager, AuditQuery.page(0, 20));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(AuditEntry::agencyId).containsOnly(AGENCY_A);
        assertThat(page.items()).extracting(AuditEntry::actorName).containsOnly("carla.ceo");
    }

    @Test
    void agencyCeoAskingForAnotherAgencyFindsNothing() {
        AccessScope ceo = Scopes.agencyMember(AGENCY_A, Role.AGENCY_CEO, "carla.ceo");

        assertThatThrownBy(() -> search(ceo, new AuditQuery(null, null, AGENCY_B, null, null, 0, 20)))
                .isInstanceOf(NotFoundException.class);
        assertThat(search(ceo, new AuditQuery(null, null, AGENCY_A, null, null, 0, 20)).total()).isEqualTo(2);
    }

    @Test
    void otherRolesCannotReadTheLog() {
        for (AccessScope reader : new AccessScope[] {
                Scopes.agencyMember(AGENCY_A, Role.AGENCY_STAFF, "pedro.staff"), Scopes.assessor(AGENCY_A),
                AccessScope.NOBODY, AccessScope.SYSTEM}) {
            assertThatThrownBy(() -> search(reader, AuditQuery.page(0, 20)))
                    .as(reader.username()).isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void rowLevelSecurityHidesForeignEventsEvenWithoutServiceCheck() {
        AccessScope readsAgencyA = new AccessScope(UUID.randomUUID(), "lectora", AGENCY_A, Set.of(),
                Reach.of(Set.of(AGENCY_A)), Reach.NONE);

        var agencies = database.inTransaction(readsAgencyA, () -> database.appJdbc()
                .sql("select agency_id from audit_event").query(UUID.class).list());

        assertThat(agencies).hasSize(2).containsOnly(AGENCY_A);
    }

    @Test
    void rowLevelSecurityHidesEventsFromAnAdministratorWithoutReach() {
        AccessScope adminWithNarrowReach = new AccessScope(UUID.randomUUID(), "ana.admin", Scopes.ACCREDITOR,
                Set.of(Role.ADMIN), Reach.of(Set.of(AGENCY_B)), Reach.NONE);

        AuditPage page = search(adminWithNarrowReach, AuditQuery.page(0, 20));

        assertThat(page.items()).extracting(AuditEntry::agencyId).containsOnly(AGENCY_B);
    }

    @Test
    void filtersByActionActorAgencyAndPeriod() {
        AccessScope admin = Scopes.administrator();
        Instant now = Instant.now();

        assertThat(search(admin, new AuditQuery("user_created", null, null, null, null, 0, 20)).total()).isEqualTo(3);
        assertThat(search(admin, new AuditQuery(null, "BETO", null, null, null, 0, 20)).total()).isEqualTo(3);
        assertThat(search(admin, new AuditQuery(null, "%", null, null, null, 0, 20)).total()).isZero();
        assertThat(search(admin, new AuditQuery("USER_CREATED", null, AGENCY_B, null, null, 0, 20)).total())
                .isEqualTo(2);
        assertThat(search(admin, new AuditQuery(null, null, null, now.minus(Duration.ofHours(1)), now.plusSeconds(60),
                0, 20)).total()).isEqualTo(6);
        assertThat(search(admin, new AuditQuery(null, null, null, now.plusSeconds(60), null, 0, 20)).total()).isZero();
    }

    @Test
    void pagesNewestFirst() {
        AuditPage second = search(Scopes.administrator(), AuditQuery.page(1, 4));

        assertThat(second.total()).isEqualTo(6);
        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(4);
        assertThat(second.items()).extracting(AuditEntry::summary)
                .containsExactly("Alta de Juan Pérez", "Convocatoria 2025");
    }

    @Test
    void refusesPagesLargerThanAHundred() {
        assertThatThrownBy(() -> AuditQuery.page(0, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditQuery.page(-1, 20)).isInstanceOf(IllegalArgumentException.class);
        Instant now = Instant.now();
        assertThatThrownBy(() -> new AuditQuery(null, null, null, now, now, 0, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyPageCarriesTheNumberOfMatchingEventsEvenPastTheLastOne() {
        AccessScope admin = Scopes.administrator();

        AuditPage second = search(admin, AuditQuery.page(1, 4));
        AuditPage pastTheEnd = search(admin, AuditQuery.page(5, 4));

        assertThat(second.items()).extracting(AuditEntry::action).containsExactly("USER_CREATED", "PROGRAMME_OPENED");
        assertThat(second.total()).isEqualTo(6);
        assertThat(pastTheEnd.items()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(6);
    }

    @Test
    void thePageReadWithTheActionsGivesTheSameEventsAndTheReadersActions() {
        AccessScope manager = Scopes.agencyMember(AGENCY_A, Role.ACCREDITATION_MANAGER, "carla.ceo");
        AuditQuery filtered = new AuditQuery("ROLE_GRANTED", null, null, null, null, 0, 20);

        AuditLog.PageWithActions read = CurrentScope.runAs(manager, () -> log.searchWithActions(filtered));
        AuditLog.PageWithActions none = CurrentScope.runAs(Scopes.administrator(),
                () -> log.searchWithActions(new AuditQuery("NOTHING_LIKE_IT", null, null, null, null, 0, 20)));

        assertThat(read.page()).isEqualTo(search(manager, filtered));
        assertThat(read.actions()).containsExactly("ROLE_GRANTED", "USER_CREATED")
                .isEqualTo(CurrentScope.runAs(manager, () -> log.actions()));
        assertThat(none.page().items()).isEmpty();
        assertThat(none.page().total()).isZero();
        assertThat(none.actions()).containsExactly("PROGRAMME_OPENED", "ROLE_GRANTED", "USER_CREATED",
                "USER_DISABLED");
    }

    private static AuditPage search(AccessScope reader, AuditQuery query) {
        return CurrentScope.runAs(reader, () -> log.search(query));
    }
}
