package org.acredita.standards.sheets;

/**
 * Where a value was read: a sheet's row (1-based, as spreadsheet programs number them) and column
 * (0-based). For CSV the row is the file's line, comment lines included, so it matches the row number
 * a spreadsheet program shows when it opens the file.
 */
record Cell(String sheet, int row, int column) {

    String a1() {
        return SheetLayout.letter(column) + row;
    }
}
