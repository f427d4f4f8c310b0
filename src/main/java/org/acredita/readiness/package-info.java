/**
 * Readiness assessments: a per-programme instrument of weighted areas and questions (Spanish and
 * English) and the advisors' repeated assessments of an agency against it, each giving a score per
 * area and overall, a gap list and, over time, a progress chart.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Readiness assessments",
        allowedDependencies = {"access", "audit", "database", "identity", "programmes", "selfassessment"})
package org.acredita.readiness;
