/**
 * Notifications: reminders of approaching self-assessment deadlines, award expiries and overdue improvement
 * items, in the app and by e-mail. A sweep creates them once across the cluster; an outbox e-mails them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = {"access", "agencies", "assessments", "audit", "commission", "database", "identity", "improvement", "proofs", "selfassessment", "standards"})
package org.acredita.notifications;
