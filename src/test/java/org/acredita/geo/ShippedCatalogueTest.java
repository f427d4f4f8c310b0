package org.acredita.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.acredita.access.AccessScope;
import org.acredita.access.CurrentScope;
import org.acredita.audit.AuditTrail;
import org.acredita.geo.internal.CatalogueImport;
import org.acredita.geo.internal.GeographyRepository;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue shipped with Acredita on a database of its own, so the municipality table starts empty
 * as at a deployment's first start: several nodes starting at once load it once, later starts write nothing.
 * (The shared test context shows that a fresh deployment really gets it: {@code GeographyCatalogueTest}.)
 */
class ShippedCatalogueTest {

    private static final int MUNICIPALITIES = 2478;
    private static final String APP_ROLE = "acredita_app";

    private static EmbeddedPostgres postgres;
    private static AnnotationConfigApplicationContext context;
    private static JdbcClient owner;

    @BeforeAll
    static void migrateAnEmptyDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().setServerConfig("unix_socket_directories", "")
                .setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C.UTF-8").start();
        DataSource database = postgres.getPostgresDatabase();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create role " + APP_ROLE + " login nosuperuser nobypassrls");
        }
        Flyway.configure().dataSource(database).placeholders(Map.of("appRole", APP_ROLE)).load().migrate();
        owner = JdbcClient.create(database);
        context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> database);
        context.register(Wiring.class, GeographyRepository.class, AuditTrail.class, Geography.class,
                ShippedCatalogue.class);
        context.refresh();
    }

    @AfterAll
    static void stop() throws Exception {
        context.close();
        postgres.close();
    }

    @Test
    void nodesStartingTogetherLoadTheCatalogueOnce() throws Exception {
        owner.sql("delete from municipality").update();
        int events = loadedEvents();
        Geography geography = context.getBean(Geography.class);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<CatalogueImport>>> loads = new ArrayList<>();
        try {
            for (int node = 0; node < 2; node++) {
                // Past the cheap check on both nodes, as when both found the table empty.
                loads.add(nodes.submit(() -> {
                    start.await();
                    try (InputStream file = new ClassPathResource(ShippedCatalogue.RESOURCE).getInputStream()) {
                        return CurrentScope.runAs(AccessScope.SYSTEM, () -> geography.loadIntoEmptyCatalogue(file));
                    }
                }));
            }
            start.countDown();
            List<CatalogueImport> loaded = new ArrayList<>();
            for (Future<Optional<CatalogueImport>> load : loads) {
                load.get(60, TimeUnit.SECONDS).ifPresent(loaded::add);
            }

            assertThat(loaded).containsExactly(new CatalogueImport(MUNICIPALITIES, MUNICIPALITIES, 0));
        } finally {
            nodes.shutdownNow();
        }
        assertThat(owner.sql("select count(*) from municipality").query(Integer.class).single())
                .isEqualTo(MUNICIPALITIES);
        assertThat(owner.sql("select count(distinct state_code) from municipality").query(Integer.class).single())
                .isEqualTo(32);
        assertThat(loadedEvents()).isEqualTo(events + 1);
    }

    @Test
    void aLaterStartFindsTheCatalogueAndWritesNothing() {
        ShippedCatalogue shipped = context.getBean(ShippedCatalogue.class);
        shipped.load();
        String before = snapshot();
        int events = loadedEvents();

        assertThat(shipped.load()).isEmpty();

        assertThat(snapshot()).isEqualTo(before);
        assertThat(loadedEvents()).isEqualTo(events);
    }

    private static String snapshot() {
        return owner.sql("select count(*) || ' ' || max(imported_at)::text from municipality")
                .query(String.class).single();
    }

    private static int loadedEvents() {
        return owner.sql("select count(*) from audit_event where action = 'MUNICIPALITIES_LOADED'")
                .query(Integer.class).single();
    }

    /** What the geography module needs of the application: JDBC and transactions over one data source. */
    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    static class Wiring {

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
            return new TransactionTemplate(transactionManager);
        }

        @Bean
        JdbcClient jdbcClient(DataSource dataSource) {
            return JdbcClient.create(dataSource);
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }
    }
}
