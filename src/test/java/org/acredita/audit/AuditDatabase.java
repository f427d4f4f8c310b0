package org.acredita.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A throw-away PostgreSQL migrated like production: the schema owned by {@code postgres}, the
 * application connecting as the non-owner {@code acredita_app} through the real scoped data source.
 */
final class AuditDatabase implements AutoCloseable {

    static final String APP_ROLE = "acredita_app";

    private final EmbeddedPostgres postgres;
    private final DataSource app;
    private final DataSourceTransactionManager transactions;

    private AuditDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.app = scoped(postgres.getDatabase(APP_ROLE, "postgres"));
        this.transactions = new DataSourceTransactionManager(app);
    }

    static AuditDatabase start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("unix_socket_directories", "")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            DataSource owner = postgres.getPostgresDatabase();
            try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create role " + APP_ROLE + " login nosuperuser nobypassrls nocreatedb nocreaterole");
            }
            Flyway.configure().dataSource(owner).placeholders(Map.of("appRole", APP_ROLE)).load().migrate();
            return new AuditDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's data source: connects as the app role, carrying the current scope. */
    DataSource app() {
        return app;
    }

    DataSourceTransactionManager transactions() {
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
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    /** Statements run as a superuser with triggers switched off, as an attacker with full rights would. */
    void tamper(String... statements) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set session_replication_role = replica");
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a test with an empty chain. */
    void clear() {
        tamper("truncate audit_event", "update audit_anchor set head_id = null, head_hash = null, events = 0");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** The production wrapper from the access module, which is package-private there by design. */
    private static DataSource scoped(DataSource target) {
        try {
            var type = Class.forName("org.acredita.access.internal.ScopedDataSource");
            var constructor = type.getDeclaredConstructor(DataSource.class);
            constructor.setAccessible(true);
            return (DataSource) constructor.newInstance(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The access module's scoped data source is needed", e);
        }
    }
}
