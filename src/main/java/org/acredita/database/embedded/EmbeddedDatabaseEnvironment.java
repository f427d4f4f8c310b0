package org.acredita.database.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL before anything needs a database, when no external one is
 * configured, and points the data source (application role) and Flyway (owner) at it. Runs before
 * the context because Spring Session, Flyway and the pool all read the standard datasource settings.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "acredita-embedded-database";

    private final Log log;

    /** Logging is not set up yet when this runs: Spring Boot replays deferred logs once it is. */
    public EmbeddedDatabaseEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedDatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("""
                    The 'prod' profile refuses the embedded database: set SPRING_DATASOURCE_URL, \
                    SPRING_DATASOURCE_USERNAME/PASSWORD (application role) and SPRING_FLYWAY_USER/PASSWORD \
                    (schema owner). El perfil 'prod' no arranca con la base de datos embebida.""");
        }
        String configured = environment.getProperty("acredita.database.embedded.data-dir", "./data/postgres");
        Path dataDir = dataDirectory(configured);
        String appRole = environment.getProperty("acredita.database.app-role", "acredita_app");
        boolean durable = environment.getProperty("acredita.database.embedded.durable", Boolean.class, true);
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, appRole, durable, log);
        // Stopped as the very last bean of the context, after the pool and everything that may still
        // query on shutdown; never from a JVM hook racing Spring's own shutdown.
        application.addInitializers(context -> ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean("embeddedDatabase", database::stop));

        Map<String, Object> settings = new HashMap<>();
        settings.put("spring.datasource.url", database.jdbcUrl());
        settings.put("spring.datasource.username", appRole);
        settings.put("spring.datasource.password", "");
        settings.put("spring.flyway.url", database.jdbcUrl());
        settings.put("spring.flyway.user", EmbeddedDatabase.OWNER);
        settings.put("spring.flyway.password", "");
        settings.put("acredita.database.embedded", "true");
        settings.put("acredita.database.description", database.describe());
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, settings));
    }

    private static Path dataDirectory(String configured) {
        try {
            if (!StringUtils.hasText(configured)) {
                return Files.createTempDirectory("acredita-pg-");
            }
            Path dir = Path.of(configured).toAbsolutePath().normalize();
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded database directory " + configured, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
