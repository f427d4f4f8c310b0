package org.acredita.database.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One embedded PostgreSQL server with the Acredita database and its non-owner application role. */
final class EmbeddedDatabase {

    static final String OWNER = "postgres";
    static final String DATABASE = "acredita";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    static EmbeddedDatabase start(Path dataDir, String appRole) {
        return start(dataDir, appRole, true, org.apache.commons.logging.LogFactory.getLog(EmbeddedDatabase.class));
    }

    /**
     * @param durable fsync and synchronous commit on (the quick start keeps real data); tests turn them
     *     off for speed, since their databases are thrown away
     */
    static EmbeddedDatabase start(Path dataDir, String appRole, boolean durable, org.apache.commons.logging.Log log) {
        OrphanPostmaster.stopIfRunning(dataDir, log);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("unix_socket_directories", "")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDir);
            database.prepare(appRole);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start in " + dataDir, e);
        }
    }

    /** Creates the database and the application role once; both survive restarts with the data. */
    private void prepare(String appRole) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(statement, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                statement.execute("create database " + DATABASE);
            }
            if (!exists(statement, "select 1 from pg_roles where rolname = '" + appRole + "'")) {
                statement.execute("create role " + appRole + " login nosuperuser nobypassrls nocreatedb nocreaterole");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the embedded database", e);
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    String describe() {
        return "embedded PostgreSQL 17 at " + jdbcUrl() + ", data in " + dataDir;
    }

    void stop() {
        if (stopped.compareAndSet(false, true)) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
