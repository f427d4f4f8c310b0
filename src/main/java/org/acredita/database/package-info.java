/**
 * The database the application runs on: an embedded PostgreSQL 17 for the quick start and the tests
 * (data under {@code ./data/postgres}), or an external PostgreSQL in production. Flyway owns the schema.
 * In demo mode ({@link org.acredita.database.DemoMode}) it also runs every module's
 * {@link org.acredita.database.DemoSeed} in the order their prerequisites give, as the access module's seeding
 * scope: its one arrow to another module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database",
        allowedDependencies = {"access"})
package org.acredita.database;
