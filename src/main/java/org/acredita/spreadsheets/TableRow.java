package org.acredita.spreadsheets;

import java.util.List;

/** One row of a table as read: its 1-based row number (a CSV record's first line) and its cells as text. */
public record TableRow(int row, List<String> values) {

    public TableRow {
        values = List.copyOf(values);
    }

    /** The cell's text, blank when the row is shorter. */
    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }

    public boolean blank() {
        return values.stream().allMatch(String::isBlank);
    }

    /** The row with the text mark {@link FormulaGuard#neutralise} put on its cells taken off. */
    public TableRow restored() {
        return new TableRow(row, values.stream().map(FormulaGuard::restore).toList());
    }

    /** A, B, ... Z, AA: how spreadsheet programs name the column with this zero-based index. */
    public static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
