package org.acredita.audit;

import org.acredita.audit.internal.AuditVerification;
import org.acredita.audit.internal.ChainReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.access.ForbiddenException;
import org.acredita.access.Reach;
import org.acredita.access.Role;
import org.acredita.audit.internal.ChainReport.BrokenLink;
import org.acredita.audit.internal.AuditEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/** Tampering by someone with a superuser's rights, triggers off, and what verification then reports. */
@AuditModuleTest
class AuditVerificationTest {

    private static final UUID AGENCY_A = UUID.randomUUID();
    private static final UUID AGENCY_B = UUID.randomUUID();

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
    void emptyChainIsValid() {
        assertThat(verify()).isEqualTo(new ChainReport(true, 0, null));
    }

    @Test
    void detectsTamperedSummary() {
        List<Long> ids = recordFive();

        database.tamper("update audit_event set summary = 'Nada que ver' where id = " + ids.get(2));

        assertThat(verify()).isEqualTo(broken(5, ids.get(2), BrokenLink.HASH_MISMATCH));
    }

    @Test
    void detectsTamperedEventWhoseHashWasRecomputed() {
        List<Long> ids = recordFive();
        AuditEvent third = event(ids.get(2));
        String rehashed = AuditEvent.seal(third.occurredAt(), third.actorId(), "otra.persona",
                third.organisationId(), third.agencyId(), third.action(), third.targetType(), third.targetId(),
                third.summary(), third.prevHash()).hash();

        database.tamper("update audit_event set actor_name = 'otra.persona', hash = '" + rehashed + "' where id = "
                + third.id());

        assertThat(verify()).isEqualTo(broken(5, ids.get(3), BrokenLink.CHAIN_BREAK));
    }

    @Test
    void detectsDeletedEvent() {
        List<Long> ids = recordFive();

        database.tamper("delete from audit_event where id = " + ids.get(1));

        assertThat(verify()).isEqualTo(broken(4, ids.get(2), BrokenLink.CHAIN_BREAK));
    }

    @Test
    void aStretchOfTheChainIsIntactWhenOnlyEventsOutsideItWereAltered() {
        List<Long> ids = recordFive();

        database.tamper("update audit_event set summary = 'Nada que ver' where id = " + ids.get(4));

        assertThat(verification.verifyRange(ids.get(1), ids.get(3))).isEqualTo(new ChainReport(true, 3, null));
    }

    @Test
    void aStretchOfTheChainNamesTheAlteredEventInsideIt() {
        List<Long> ids = recordFive();

        database.tamper("update audit_event set summary = 'Nada que ver' where id = " + ids.get(2));

        assertThat(CurrentScope.runAs(Scopes.agencyMember(AGENCY_A, Role.AGENCY_CEO, "carla.ceo"),
                () -> verification.verifyRange(ids.get(1), ids.get(3))))
                .isEqualTo(broken(3, ids.get(2), BrokenLink.HASH_MISMATCH));
    }

    @Test
    void aStretchOfTheChainIsBrokenWhenTheEventBeforeItWasRemoved() {
        List<Long> ids = recordFive();

        database.tamper("delete from audit_event where id = " + ids.get(0));

        assertThat(verification.verifyRange(ids.get(1), ids.get(4)))
                .isEqualTo(broken(4, ids.get(1), BrokenLink.CHAIN_BREAK));
    }

    @Test
    void detectsDeletedLastEvent() {
        List<Long> ids = recordFive();

        database.tamper("delete from audit_event where id = " + ids.get(4));

        assertThat(verify()).isEqualTo(broken(4, ids.get(4), BrokenLink.ANCHOR_MISMATCH));
    }

    @Test
    void deletedLastEventStaysVisibleAfterLaterAppends() {
        List<Long> ids = recordFive();
        database.tamper("delete from audit_event where id = " + ids.get(4));

        database.inTransaction(AccessScope.SYSTEM, () -> trail.record("USER_CREATED", "USER", "6", AGENCY_A, "Alta"));
        long next = lastId();

        assertThat(verify()).isEqualTo(broken(5, next, BrokenLink.CHAIN_BREAK));
    }

    @Test
    void detectsInsertedEvent() {
        List<Long> ids = recordFive();
        String lastHash = event(ids.get(4)).hash();

        database.tamper("""
                insert into audit_event (occurred_at, actor_name, agency_id, action, summary, prev_hash, hash)
                values (now(), 'mallory', '%s', 'USER_CREATED', 'Alta falsa', '%s', repeat('ab', 32))"""
                .formatted(AGENCY_A, lastHash));

        assertThat(verify()).isEqualTo(broken(6, lastId(), BrokenLink.HASH_MISMATCH));
    }

    @Test
    void detectsEventInsertedInTheMiddleWithAWellFormedHash() {
        record(2);
        // A rolled-back append leaves a gap in the ids, where the forger puts an event.
        try {
            database.inTransaction(AccessScope.SYSTEM, () -> {
                trail.record("USER_CREATED", "USER", "x", AGENCY_A, "Se revierte");
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the gap is made
        }
        long gap = lastId() + 1;
        record(2);
        AuditEvent before = event(gap - 1);
        AuditEvent forged = AuditEvent.seal(Instant.parse("2025-01-01T00:00:00Z"), null, "mallory", null,
                AGENCY_A, "USER_CREATED", "USER", "666", "Alta falsa", before.hash());

        database.tamper("""
                insert into audit_event (id, occurred_at, actor_name, agency_id, action, target_type, target_id,
                    summary, prev_hash, hash)
                overriding system value
                values (%d, '%s', 'mallory', '%s', 'USER_CREATED', 'USER', '666', 'Alta falsa', '%s', '%s')"""
                .formatted(gap, OffsetDateTime.ofInstant(forged.occurredAt(), ZoneOffset.UTC), AGENCY_A,
                        forged.prevHash(), forged.hash()));

        assertThat(verify()).isEqualTo(broken(5, gap + 1, BrokenLink.CHAIN_BREAK));
    }

    @Test
    void verificationSeesEveryAgencyWhateverTheReadersReach() {
        recordFive();
        AccessScope adminWithNarrowReach = new AccessScope(UUID.randomUUID(), "ana.admin", Scopes.ACCREDITOR,
                Set.of(Role.ADMIN), Reach.of(Set.of(AGENCY_B)), Reach.NONE);

        assertThat(CurrentScope.runAs(adminWithNarrowReach, verification::verify))
                .isEqualTo(new ChainReport(true, 5, null));
    }

    @Test
    void verificationIsForAdministratorsAndTheSystem() {
        recordFive();
        AccessScope ceo = Scopes.agencyMember(AGENCY_A, Role.AGENCY_CEO, "carla.ceo");

        assertThatThrownBy(() -> CurrentScope.runAs(ceo, verification::verify))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(verification::verify).isInstanceOf(ForbiddenException.class);
        assertThat(CurrentScope.runAs(Scopes.administrator(), verification::verify).valid()).isTrue();
    }

    /** Five events of two agencies and the programme, each in its own transaction; their ids. */
    private static List<Long> recordFive() {
        database.inTransaction(AccessScope.SYSTEM, () -> trail.record("AGENCY_CREATED", "ORGANISATION",
                AGENCY_A.toString(), null, "Alta de la agencia A"));
        database.inTransaction(Scopes.administrator(), () -> trail.record("USER_CREATED", "USER", "1", AGENCY_A,
                "Alta de Juan"));
        database.inTransaction(Scopes.administrator(), () -> trail.record("USER_CREATED", "USER", "2", AGENCY_B,
                "Alta de Ana"));
        database.inTransaction(Scopes.agencyMember(AGENCY_A, Role.AGENCY_CEO, "carla.ceo"),
                () -> trail.record("ROLE_GRANTED", "USER", "1", AGENCY_A, "Juan: gerente de acreditación"));
        database.inTransaction(Scopes.administrator(), () -> trail.record("USER_DISABLED", "USER", "2", AGENCY_B,
                "Baja de Ana"));
        return database.owner().sql("select id from audit_event order by id").query(Long.class).list();
    }

    private static void record(int events) {
        for (int i = 0; i < events; i++) {
            database.inTransaction(AccessScope.SYSTEM, () -> trail.record("USER_CREATED", "USER", "u", AGENCY_A,
                    "Alta"));
        }
    }

    private static AuditEvent event(long id) {
        return database.owner().sql("select * from audit_event where id = ?").param(id).query(AuditEvent.ROWS)
                .single();
    }

    private static long lastId() {
        return database.owner().sql("select max(id) from audit_event").query(Long.class).single();
    }

    private static ChainReport verify() {
        return CurrentScope.runAs(AccessScope.SYSTEM, verification::verify);
    }

    private static ChainReport broken(long events, long eventId, String reason) {
        return new ChainReport(false, events, new BrokenLink(eventId, reason));
    }
}
