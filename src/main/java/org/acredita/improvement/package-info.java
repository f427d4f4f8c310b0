/**
 * An agency's improvement plan: policy, procedure, training and equipment enhancements as action items
 * with an owner, a due date, a priority, a status, the standards they serve and evidence of completion.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Improvement plans",
        allowedDependencies = {"access", "audit", "database", "identity", "selfassessment", "storage"})
package org.acredita.improvement;
