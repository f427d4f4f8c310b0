package org.acredita.support;

import javax.sql.DataSource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The role Flyway migrates as (a superuser on the embedded database), for tests that must look past
 * row-level security or the append-only triggers; the application itself connects as the non-owner role.
 */
public final class SchemaOwner {

    private SchemaOwner() {
    }

    public static DataSource of(Environment environment) {
        return new SimpleDriverDataSource(new org.postgresql.Driver(),
                environment.getRequiredProperty("spring.flyway.url"),
                environment.getRequiredProperty("spring.flyway.user"),
                environment.getProperty("spring.flyway.password", ""));
    }
}
