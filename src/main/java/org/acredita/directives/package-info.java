/**
 * Written directives: an agency's policies, general orders and procedures as versioned documents
 * (approval, effective date, supersession), their sections, and the manual elements each section
 * satisfies, from which every standard's directive coverage follows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Written directives",
        allowedDependencies = {"access", "audit", "database", "identity", "search", "selfassessment", "standards", "storage", "standards :: manual-document"})
package org.acredita.directives;
