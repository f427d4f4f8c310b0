package org.acredita.audit;

import org.acredita.audit.internal.AuditVerification;
import org.acredita.audit.internal.ChainReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.IllegalTransactionStateException;

@AuditModuleTest
class AuditTrailTest {

    private static final UUID AGENCY = UUID.randomUUID();

    private static AuditDatabase database;
    private static AuditTrail trail;
    private static AuditVerification verification;

    @BeforeAll
    static void useTheSlice(ApplicationContext context) {
        database = AuditDatabase.of(context);
        trail = context.getBean(AuditTrail.class);
        verification = context.getBean(AuditVerification.class);
    }

    @BeforeEach
    void emptyChain() {
        database.clear();
    }

    @Test
    void chainOfManyEventsVerifiesValid() {
        int events = AuditVerification.PAGE_SIZE * 2 + 7; // several pages of the walk
        for (int batch = 0; batch < 3; batch++) {
            int first = batch * 1000;
            database.inTransaction(Scopes.administrator(), () -> {
                for (int i = first; i < Math.min(first + 1000, events); i++) {
                    trail.record("USER_CREATED", "USER", "user-" + i, i % 2 == 0 ? AGENCY : null, "Usuario " + i);
                }
            });
        }

        ChainReport report = CurrentScope.runAs(AccessScope.SYSTEM, verification::verify);

        assertThat(report).isEqualTo(new ChainReport(true, events, null));
    }

    @Test
    void recordsTheActorFromTheCurrentScope() {
        AccessScope manager = Scopes.agencyMember(AGENCY, Role.ACCREDITATION_MANAGER, "maria.manager");
        database.inTransaction(manager, () -> trail.record("USER_CREATED", "USER", "42", AGENCY, "Alta de Juan"));
        database.inTransaction(AccessScope.SYSTEM, () -> trail.record("DEMO_SEEDED", null, null, null, "Datos"));
        database.inTransaction(AccessScope.NOBODY, () -> trail.record("SIGN_IN_FAILED", "USER", "juan", null, "x"));

        List<Map<String, Object>> rows = database.owner()
                .sql("select actor_id, actor_name, organisation_id, agency_id from audit_event order by id")
                .query().listOfRows();

        assertThat(rows.get(0)).containsEntry("actor_id", manager.userId())
                .containsEntry("actor_name", "maria.manager").containsEntry("organisation_id", AGENCY)
                .containsEntry("agency_id", AGENCY);
        assertThat(rows.get(1)).containsEntry("actor_id", null).containsEntry("actor_name", "system");
        assertThat(rows.get(2)).containsEntry("actor_id", null).containsEntry("actor_name", AuditTrail.ANONYMOUS);
    }

    @Test
    void eventRolledBackWithItsTransaction() {
        assertThatThrownBy(() -> database.inTransaction(Scopes.administrator(), () -> {
            trail.record("USER_CREATED", "USER", "1", AGENCY, "Alta que no ocurrió");
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(eventCount()).isZero();
        database.inTransaction(Scopes.administrator(), () -> trail.record("USER_CREATED", "USER", "2", AGENCY, "Alta"));
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM, verification::verify).valid()).isTrue();
    }

    @Test
    void recordRequiresTheCallersTransaction() {
        assertThatThrownBy(() -> CurrentScope.runAs(Scopes.administrator(),
                () -> trail.record("USER_CREATED", "USER", "1", AGENCY, "Alta")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(eventCount()).isZero();
    }

    @Test
    void refusesActionsThatAreNotCodes() {
        // Each in a transaction of its own: the refusal rolls back the caller's transaction, as in the application.
        assertThatThrownBy(() -> database.inTransaction(Scopes.administrator(),
                () -> trail.record("user created", "USER", "1", AGENCY, "Alta")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> database.inTransaction(Scopes.administrator(),
                () -> trail.record("USER_CREATED", "USER", "1", AGENCY, " ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(eventCount()).isZero();
    }

    @Test
    void concurrentAppendsKeepOneChain() throws Exception {
        int threads = 8;
        int eventsEach = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            AccessScope actor = Scopes.agencyMember(AGENCY, Role.AGENCY_STAFF, "staff." + t);
            workers.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < eventsEach; i++) {
                    int n = i;
                    database.inTransaction(actor, () -> trail.record("DOCUMENT_UPLOADED", "DOCUMENT",
                            actor.username() + "-" + n, AGENCY, "Documento " + n));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        ChainReport report = CurrentScope.runAs(AccessScope.SYSTEM, verification::verify);

        assertThat(report).isEqualTo(new ChainReport(true, threads * eventsEach, null));
    }

    private static long eventCount() {
        return database.owner().sql("select count(*) from audit_event").query(Long.class).single();
    }
}
