/**
 * The standards library: programmes, their manual editions, chapters, sections and standards with
 * elements, levels per size class, tiers, applicability by agency function, time-sensitive proofs and
 * crosswalks between editions; import and export in Acredita's own exchange format (JSON and YAML).
 * Manuals are the accreditation body's reference data, read by every party and owned by no agency.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Standards library",
        allowedDependencies = {"access", "audit", "database", "spreadsheets"})
package org.acredita.standards;
