package org.acredita.standards.sheets;

import java.util.List;
import org.acredita.spreadsheets.FormulaGuard;

/** One row of a sheet as read: its 1-based row number and its cells as text (blank when empty). */
record SheetRow(int row, List<String> values) {

    SheetRow {
        values = List.copyOf(values);
    }

    /** The row with the text mark {@link FormulaGuard#neutralise} put on its cells taken off. */
    SheetRow restored() {
        return new SheetRow(row, values.stream().map(FormulaGuard::restore).toList());
    }

    String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }

    boolean blank() {
        return values.stream().allMatch(String::isBlank);
    }
}
