/**
 * Self-assessment: an agency's accreditation file pinned to a manual edition and tier, the standards that
 * apply to it with the reason and level, and each standard's workflow from not started to in compliance,
 * with assignee, due date, notes, comments and a complete history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Self-assessment",
        allowedDependencies = {"access", "agencies", "audit", "database", "identity", "standards", "storage", "standards :: manual-document"})
package org.acredita.selfassessment;
