/**
 * Compliance metrics of accreditation files: progress per chapter and overall, mandatory and
 * other-than-mandatory standards met against the programme's pass threshold, whether the file would pass
 * today and exactly what blocks it (other modules add blockers through {@link
 * org.acredita.compliance.ComplianceBlockerSource}), overdue assignments and the trend over time; for one
 * agency and across the agencies the caller sees.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance metrics",
        allowedDependencies = {"identity", "programmes", "selfassessment", "standards"})
package org.acredita.compliance;
