/**
 * The Commission: its meetings, the docket of agencies heard at each (read from released assessment reports),
 * the panel of commissioners per agency and their declared conflicts of interest; the hearing, the
 * decision that moves the agency's lifecycle, the award it grants and the award's certificate anyone can verify.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commission",
        allowedDependencies = {"access", "agencies", "assessments", "audit", "database", "identity", "printing",
                "programmes", "proofs", "selfassessment", "standards"})
package org.acredita.commission;
