/**
 * The technical-assistance log: advisors' visits and remote sessions with each agency, tied to the
 * chapters and standards worked on, with totals of hours by agency, advisor, month and programme.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Technical assistance",
        allowedDependencies = {"access", "agencies", "audit", "database", "identity", "standards"})
package org.acredita.assistance;
