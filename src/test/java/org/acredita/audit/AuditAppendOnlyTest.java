package org.acredita.audit;

import org.acredita.audit.internal.AuditVerification;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;

/** The database itself refuses to change or remove events, whoever asks. */
@AuditModuleTest
class AuditAppendOnlyTest {

    private static final UUID AGENCY = UUID.randomUUID();

    private static AuditDatabase database;
    private static AuditTrail trail;

    @BeforeAll
    static void useTheSlice(ApplicationContext context) {
        database = AuditDatabase.of(context);
        trail = context.getBean(AuditTrail.class);
    }

    @BeforeEach
    void oneEvent() {
        database.clear();
        database.inTransaction(AccessScope.SYSTEM, () -> trail.record("USER_CREATED", "USER", "1", AGENCY, "Alta"));
    }

    @Test
    void refusesUpdate() {
        assertThatThrownBy(() -> asApplication("update audit_event set summary = 'Otra cosa'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> database.owner().sql("update audit_event set summary = 'Otra cosa'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("cannot be changed");
        assertUntouched();
    }

    @Test
    void refusesDelete() {
        assertThatThrownBy(() -> asApplication("delete from audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> database.owner().sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("cannot be changed");
        assertUntouched();
    }

    @Test
    void refusesTruncate() {
        assertThatThrownBy(() -> asApplication("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> database.owner().sql("truncate audit_event").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("cannot be changed");
        assertUntouched();
    }

    @Test
    void applicationCannotMoveTheAnchor() {
        assertThatThrownBy(() -> asApplication("update audit_anchor set events = 0"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> database.owner().sql("delete from audit_anchor").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("cannot be changed");
    }

    @Test
    void refusesAnEventThatDoesNotContinueTheChain() {
        assertThatThrownBy(() -> asApplication("""
                insert into audit_event (occurred_at, actor_name, action, summary, prev_hash, hash)
                values (now(), 'mallory', 'USER_CREATED', 'Falso', null, repeat('0', 64))"""))
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("does not continue the chain");
        assertUntouched();
    }

    private static void asApplication(String sql) {
        database.inTransaction(Scopes.administrator(), () -> database.appJdbc().sql(sql).update());
    }

    private static void assertUntouched() {
        assertThat(database.owner().sql("select summary from audit_event").query(String.class).list())
                .containsExactly("Alta");
        assertThat(CurrentScope.runAs(AccessScope.SYSTEM,
                new AuditVerification(database.app(), database.transactions())::verify).valid()).isTrue();
    }
}
