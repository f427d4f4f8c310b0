package org.acredita.database.startup;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which database the application uses, and refuses to run when the application
 * connects as a role that row-level security does not bind (owner, superuser or BYPASSRLS): the
 * isolation between agencies would then rest on the service checks alone.
 */
@Component
class DatabaseStartupCheck {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupCheck.class);
    private final JdbcClient jdbc;
    private final Environment environment;

    DatabaseStartupCheck(DataSource dataSource, Environment environment) {
        this.jdbc = JdbcClient.create(dataSource);
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        Boolean bypasses = jdbc.sql("""
                select r.rolsuper or r.rolbypassrls or c.relowner = r.oid
                from pg_roles r, pg_class c
                where r.rolname = current_user and c.relname = 'organisation' and c.relkind = 'r'
                """).query(Boolean.class).optional().orElse(true);
        if (bypasses) {
            throw new IllegalStateException("The application's database role must not own the schema nor bypass "
                    + "row-level security; connect as the application role and let Flyway run as the owner.");
        }
        String version = jdbc.sql("show server_version").query(String.class).single();
        String description = environment.getProperty("acredita.database.description",
                "external PostgreSQL at " + environment.getProperty("spring.datasource.url"));
        log.info("Base de datos / Database: {} (server {}, application role {})", description, version,
                jdbc.sql("select current_user").query(String.class).single());
    }
}
