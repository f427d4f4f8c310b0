package org.acredita.spreadsheets;

/**
 * A CSV or XLSX file that could not be read as rows at all; the importing module turns it into its own
 * located refusal (its message keys, its wording of the place).
 *
 * @param reason what went wrong
 * @param sheet the workbook sheet it happened in; {@code null} for CSV and for a damaged workbook
 * @param row the 1-based row (CSV: line) it happened at; 0 for the whole file
 * @param column the 0-based column, -1 when it concerns the row or the file
 * @param detail the parser's own words for a damaged file, else empty
 */
public class UnreadableTable extends RuntimeException {

    public enum Reason {
        /** More rows than the importer accepts: it stopped reading there. */
        TOO_MANY_ROWS,
        /** A quoted CSV field that never closes. */
        UNCLOSED_QUOTE,
        /** Not a workbook, or a damaged one. */
        DAMAGED,
        /** A row with more than {@link CsvTable#MAX_COLUMNS} columns (row and column say where). */
        TOO_MANY_COLUMNS,
        /**
         * A workbook past the reader's bounds (a zip bomb, padding, too many parts): {@code detail} names the
         * ZIP entry, or is empty for the whole file.
         */
        TOO_LARGE
    }

    private final Reason reason;
    private final String sheet;
    private final int row;
    private final int column;
    private final String detail;

    UnreadableTable(Reason reason, String sheet, int row, int column, String detail) {
        super(reason + " at " + (sheet == null ? "" : sheet + "!") + row + ":" + column);
        this.reason = reason;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String sheet() {
        return sheet;
    }

    public int row() {
        return row;
    }

    public int column() {
        return column;
    }

    public String detail() {
        return detail;
    }
}
