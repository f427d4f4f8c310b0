package org.acredita.database.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

/** The quick-start database: keeps its data, recovers from a killed application, refuses 'prod'. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataBetweenRuns() throws Exception {
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, "acredita_app");
        execute(first.jdbcUrl(), "create table kept (value text); insert into kept values ('sigue aquí')");
        first.stop();

        EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, "acredita_app");
        try {
            assertThat(query(second.jdbcUrl(), "select value from kept")).isEqualTo("sigue aquí");
        } finally {
            second.stop();
        }
    }

    @Test
    void recoversAfterTheApplicationWasKilled() throws Exception {
        Process application = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledApplication.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(application.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.startsWith("READY")) {
                // wait until the child has written its row
            }
        }
        application.destroyForcibly().waitFor();
        long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        EmbeddedDatabase next = EmbeddedDatabase.start(dataDir, "acredita_app");
        try {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(query(next.jdbcUrl(), "select value::text from survived")).isEqualTo("42");
        } finally {
            next.stop();
        }
    }

    /** Stands for the application: starts the database, writes, and waits to be killed with SIGKILL. */
    static final class KilledApplication {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), "acredita_app");
            execute(database.jdbcUrl(), "create table survived (value int); insert into survived values (42)");
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(120_000);
        }
    }

    @Test
    void recoversFromAStalePidFile() throws Exception {
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, "acredita_app");
        first.stop();
        Files.writeString(dataDir.resolve("postmaster.pid"), "999999\n" + dataDir + "\n");
        EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, "acredita_app");
        try {
            assertThat(query(second.jdbcUrl(), "select 'ok'")).isEqualTo("ok");
        } finally {
            second.stop();
        }
    }

    @Test
    void prodProfileRefusesTheEmbeddedDatabase() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        assertThatThrownBy(() -> new EmbeddedDatabaseEnvironment(supplier -> supplier.get()).postProcessEnvironment(environment,
                new SpringApplication()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("refuses the embedded database");
    }

    @Test
    void externalDatabaseIsLeftAlone() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("test",
                java.util.Map.of("spring.datasource.url", "jdbc:postgresql://db.example/acredita")));
        environment.setActiveProfiles("prod");
        new EmbeddedDatabaseEnvironment(supplier -> supplier.get()).postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("acredita.database.embedded")).isNull();
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.OWNER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.OWNER, "");
                Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
