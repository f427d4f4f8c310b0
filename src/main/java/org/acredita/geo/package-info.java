/**
 * Mexico's geography as INEGI codes it: the 32 federal entities, shipped with the product, and the
 * municipalities, imported by an administrator from INEGI's catalogue. Public reference data that
 * other modules (organisations, agencies) may point at by code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography",
        allowedDependencies = {"access", "audit"})
package org.acredita.geo;
