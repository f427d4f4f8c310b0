/**
 * What every spreadsheet the product writes (CSV and XLSX, from any module) obeys: text in a cell is never
 * run as a formula by the program that opens the file.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheet cells",
        allowedDependencies = {})
package org.acredita.spreadsheets;
