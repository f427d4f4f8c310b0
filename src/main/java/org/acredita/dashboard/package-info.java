/**
 * The programme dashboard: where a programme's agencies stand by phase, kind and state, the deadlines
 * ahead and overdue, the technical assistance given, overdue corrective actions and accreditations
 * against the goal, people trained and training hours, the Commission's awards, expiries, conditions and annual reports overdue, with drill-down
 * to agencies and spreadsheet exports. Reads other modules through their public services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programme dashboard",
        allowedDependencies = {"agencies", "assessments", "assistance", "commission", "geo", "identity", "programmes",
                "readiness", "spreadsheets", "training"})
package org.acredita.dashboard;
