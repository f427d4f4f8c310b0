/**
 * The database the application runs on: an embedded PostgreSQL 17 for the quick start and the tests
 * (data under {@code ./data/postgres}), or an external PostgreSQL in production. Flyway owns the schema.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database",
        allowedDependencies = {})
package org.acredita.database;
