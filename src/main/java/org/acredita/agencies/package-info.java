/**
 * Agencies in accreditation programmes: their enrolment in a programme and the lifecycle from first
 * contact to accreditation and beyond, with explicit guards and a timeline of every transition.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agencies and the programme")
package org.acredita.agencies;
