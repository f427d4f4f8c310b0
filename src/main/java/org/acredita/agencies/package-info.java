/**
 * Agencies in accreditation programmes: their enrolment in a programme and the lifecycle from first
 * contact to accreditation and beyond, with explicit guards and a timeline of every transition.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies and the programme",
        allowedDependencies = {"access", "audit", "database", "geo", "identity", "standards", "storage"})
package org.acredita.agencies;
