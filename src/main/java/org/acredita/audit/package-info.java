/**
 * The tamper-evident audit trail: {@link org.acredita.audit.AuditTrail} records changes in the caller's
 * transaction on a SHA-256 hash chain, {@link org.acredita.audit.internal.AuditVerification} proves the chain
 * intact and {@link org.acredita.audit.internal.AuditLog} lets administrators and agency leaders read it;
 * {@link org.acredita.audit.internal.AuditExports} gives them what they read as CSV or XLSX with the verification
 * of that stretch of the chain (cells through {@code spreadsheets.FormulaGuard}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail",
        allowedDependencies = {"access", "spreadsheets"})
package org.acredita.audit;
