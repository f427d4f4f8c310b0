/**
 * The tamper-evident audit trail: {@link org.acredita.audit.AuditTrail} records changes in the caller's
 * transaction on a SHA-256 hash chain, {@link org.acredita.audit.internal.AuditVerification} proves the chain
 * intact and {@link org.acredita.audit.internal.AuditLog} lets administrators and agency leaders read it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail",
        allowedDependencies = {"access"})
package org.acredita.audit;
