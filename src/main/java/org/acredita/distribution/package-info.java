/**
 * Distribution of approved directive versions to the agency's people with read-and-acknowledge (issue 15 §2): a
 * distribution chooses people of the roster by unit, rank, position or name with a due date; each person
 * acknowledges «I received, read and understood» signed in or through a personal one-time link (printed as a slip
 * with a QR code), with the time spent reading and the SHA-256 of the text read; progress by unit and the
 * acknowledgement list as XLSX with its own SHA-256. People are read through {@code personnel.Rosters}, the texts
 * through {@code directives.VersionTexts}; acknowledgement data is personal and stays with the agency.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directive distribution",
        allowedDependencies = {"access", "audit", "database", "directives", "identity", "personnel", "printing",
            "spreadsheets"})
package org.acredita.distribution;
