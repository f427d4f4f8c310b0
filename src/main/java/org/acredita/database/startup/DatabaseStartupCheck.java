package org.acredita.database.startup;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which database the application uses, and refuses to run when the application
 * connects as a role that row-level security does not bind (superuser, BYPASSRLS, or owner or member
 * of the owner of a protected table): isolation between agencies would then rest on the services alone.
 * Runs once the migrations are done and before the web server accepts a request.
 */
@Component
class DatabaseStartupCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartupCheck.class);
    private final JdbcClient jdbc;
    private final Environment environment;

    DatabaseStartupCheck(DataSource dataSource, Environment environment) {
        this.jdbc = JdbcClient.create(dataSource);
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Boolean bypasses = jdbc.sql("""
                select r.rolsuper or r.rolbypassrls or exists (
                    select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity
                      and pg_has_role(current_user, c.relowner, 'USAGE'))
                from pg_roles r where r.rolname = current_user
                """).query(Boolean.class).single();
        if (bypasses) {
            throw new IllegalStateException("The application's database role must not own the schema, belong to its "
                    + "owner, nor bypass row-level security; connect as the application role and let Flyway run as "
                    + "the owner (SPRING_FLYWAY_USER).");
        }
        String version = jdbc.sql("show server_version").query(String.class).single();
        String description = environment.getProperty("acredita.database.description",
                "external PostgreSQL at " + environment.getProperty("spring.datasource.url"));
        log.info("Base de datos / Database: {} (server {}, application role {})", description, version,
                jdbc.sql("select current_user").query(String.class).single());
    }
}
