/**
 * Proofs of compliance: the files, notes and links an agency keeps for each standard of its accreditation
 * file, per year of the four-year cycle, with the periods time-sensitive standards expect, the text of every
 * file in the search index, and previews.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proofs of compliance",
        allowedDependencies = {"access", "agencies", "audit", "compliance", "database", "identity", "search", "selfassessment", "standards", "storage", "standards :: manual-document"})
package org.acredita.proofs;
