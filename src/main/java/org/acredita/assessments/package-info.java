/**
 * Assessments of an agency's accreditation file by the accreditation body (remote file reviews, site-based
 * assessments) and by its advisors (mock assessments): window, team, scope (all standards or a reproducible
 * sample), status, and the snapshot of the file frozen when the assessment starts, with its SHA-256.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessments",
        allowedDependencies = {"access", "agencies", "audit", "database", "directives", "identity", "printing", "programmes", "proofs", "storage",
                "selfassessment", "standards", "standards :: manual-document"})
package org.acredita.assessments;
