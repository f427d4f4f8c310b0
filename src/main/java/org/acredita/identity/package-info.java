/**
 * Organisations, the people in them, their roles and their assignments to agencies; signing in, and
 * computing each request's {@link org.acredita.access.AccessScope}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity",
        allowedDependencies = {"access", "audit", "database", "storage"})
package org.acredita.identity;
