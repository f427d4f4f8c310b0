/**
 * The Commission: its meetings, the docket of agencies heard at each (read from released assessment reports),
 * the panel of commissioners per agency and their declared conflicts of interest; later the hearing, the
 * decision that moves the agency's lifecycle and the award it grants.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commission",
        allowedDependencies = {"access", "agencies", "assessments", "audit", "database", "identity", "selfassessment",
                "standards"})
package org.acredita.commission;
