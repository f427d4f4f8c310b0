/**
 * What every spreadsheet the product writes (CSV and XLSX, from any module) obeys: text in a cell is never
 * run as a formula by the program that opens the file; and how every import reads one as rows of text
 * ({@link org.acredita.spreadsheets.CsvTable}, {@link org.acredita.spreadsheets.XlsxTable}), each row with the
 * number a spreadsheet program shows, refusing a file beyond the importer's row limit while reading it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Spreadsheet cells",
        allowedDependencies = {})
package org.acredita.spreadsheets;
