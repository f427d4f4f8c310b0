/**
 * The one central access mechanism: the per-request {@link org.acredita.access.AccessScope} that every
 * service checks, and that is handed to PostgreSQL as row-level-security settings (the second wall).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access",
        allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.acredita.access;
