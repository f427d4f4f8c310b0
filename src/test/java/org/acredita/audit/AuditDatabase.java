package org.acredita.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.support.SchemaOwner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module slice's database ({@link AuditModuleTest}): the application's scoped data source
 * (the non-owner role, as in production) and the schema owner Flyway migrated with, for reading past
 * row-level security and for tampering as an attacker with full rights would.
 */
final class AuditDatabase {

    private final DataSource app;
    private final PlatformTransactionManager transactions;
    private final DataSource owner;

    private AuditDatabase(DataSource app, PlatformTransactionManager transactions, DataSource owner) {
        this.app = app;
        this.transactions = transactions;
        this.owner = owner;
    }

    static AuditDatabase of(ApplicationContext context) {
        return new AuditDatabase(context.getBean(DataSource.class), context.getBean(PlatformTransactionManager.class),
                SchemaOwner.of(context.getEnvironment()));
    }

    /** The application's data source: connects as the app role, carrying the current scope. */
    DataSource app() {
        return app;
    }

    PlatformTransactionManager transactions() {
        return transactions;
    }

    JdbcClient appJdbc() {
        return JdbcClient.create(app);
    }

    /** Runs work as {@code scope} in one transaction of the application's data source. */
    <T> T inTransaction(AccessScope scope, Supplier<T> work) {
        return CurrentScope.runAs(scope, () -> new TransactionTemplate(transactions).execute(status -> work.get()));
    }

    void inTransaction(AccessScope scope, Runnable work) {
        inTransaction(scope, () -> {
            work.run();
            return null;
        });
    }

    /** The schema owner, a superuser: triggers still fire for it. */
    JdbcClient owner() {
        return JdbcClient.create(owner);
    }

    /** Statements run as a superuser with triggers switched off, as an attacker with full rights would. */
    void tamper(String... statements) {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a test with an empty chain: the slice's database is shared by every audit test class. */
    void clear() {
        tamper("truncate audit_event", "update audit_anchor set head_id = null, head_hash = null, events = 0");
    }
}
