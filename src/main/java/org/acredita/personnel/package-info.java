/**
 * An agency's personnel roster: the people directives reach (whether or not they have an account), with
 * employee number, name, rank, unit, position, status and optional e-mail or phone; the units and ranks the
 * agency lists; all-or-nothing imports from CSV or XLSX with a preview of who is new, changed and separated.
 * Personal data: the agency's managers and chief executive change it, its advisors read it, nobody else sees it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel rosters",
        allowedDependencies = {"access", "audit", "database", "identity", "spreadsheets"})
package org.acredita.personnel;
