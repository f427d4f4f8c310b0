/**
 * Portability: a whole accreditation file exported as a ZIP (a documented manifest with checksums, and each
 * distinct file once, see {@code docs/accreditation-file-format.md}) and imported into another Acredita
 * instance without loss, all or nothing, after every checksum and size was verified.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portability",
        allowedDependencies = {"access", "agencies", "audit", "identity", "proofs", "selfassessment", "standards", "storage", "standards :: manual-document"})
package org.acredita.portability;
