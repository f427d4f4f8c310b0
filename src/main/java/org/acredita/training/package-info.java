/**
 * Training of a funded programme: workshops, webinars and on-site sessions for the agencies' chief executives,
 * accreditation managers, staff and assessors, with their materials, the agencies invited, who attended and for
 * how many hours, a certificate of attendance, who is trained per agency and the programme's figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
        allowedDependencies = {"access", "audit", "database", "identity", "printing", "programmes", "storage"})
package org.acredita.training;
