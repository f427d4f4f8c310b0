package org.acredita.standards.sheets;

import java.util.List;
import java.util.Locale;
import org.acredita.standards.internal.ManualRefusal;

/**
 * Columns are found by position, so the header row must name them as documented: a moved or renamed
 * column would otherwise put, say, English titles into the Spanish ones without anyone noticing.
 */
final class SheetHeaders {

    private SheetHeaders() {
    }

    static void check(String sheet, SheetRow header, List<String> expected, boolean csv) {
        for (int i = 0; i < expected.size(); i++) {
            String found = header == null ? "" : header.value(i).strip().toLowerCase(Locale.ROOT);
            if (!found.equals(expected.get(i))) {
                Cell cell = new Cell(sheet, header == null ? 1 : header.row(), i);
                throw ManualRefusal.of(List.of(SheetMapping.at(cell, "standards.sheets.header",
                        List.of(expected.get(i)), csv)));
            }
        }
    }
}
