package org.acredita.standards.sheets;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acredita.spreadsheets.CsvTable;
import org.acredita.spreadsheets.FormulaGuard;
import org.acredita.spreadsheets.UnreadableTable;
import org.acredita.standards.internal.ManualRefusal;

/**
 * The "standards" sheet as CSV (RFC 4180: comma separated, fields with commas, quotes or line breaks
 * quoted, read by {@link CsvTable}) in UTF-8 with a byte order mark, which Excel needs to read accents correctly. The edition's
 * metadata comes first, one {@code #key=value} line per column of the "manual" sheet.
 */
final class CsvFiles {

    private static final String BOM = "\uFEFF";

    private CsvFiles() {
    }

    static SheetContent read(byte[] bytes) {
        List<SheetRow> records = records(bytes);
        Map<String, String> metadata = new HashMap<>();
        Map<String, Cell> cells = new HashMap<>();
        int index = 0;
        while (index < records.size() && records.get(index).value(0).startsWith("#")) {
            SheetRow line = records.get(index++);
            // A comma in a metadata value (a title) splits it into fields: join them back.
            String entry = String.join(",", line.values()).substring(1);
            int equals = entry.indexOf('=');
            String key = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (!SheetLayout.MANUAL_COLUMNS.contains(key)) {
                throw ManualRefusal.of(List.of(SheetMapping.at(new Cell(SheetLayout.STANDARDS, line.row(), 0),
                        "standards.sheets.csv.metadata", List.of(String.join(", ", SheetLayout.MANUAL_COLUMNS)), true)));
            }
            metadata.put(key, entry.substring(equals + 1));
            cells.put(key, new Cell(SheetLayout.STANDARDS, line.row(), 0));
        }
        SheetRow header = index < records.size() ? records.get(index) : null;
        SheetHeaders.check(SheetLayout.STANDARDS, header, SheetLayout.STANDARD_COLUMNS, true);
        for (String key : SheetLayout.MANUAL_COLUMNS) {
            cells.putIfAbsent(key, new Cell(SheetLayout.STANDARDS, 1, 0));
        }
        return new SheetContent(metadata, cells,
                records.subList(index + 1, records.size()).stream().map(SheetRow::restored).toList());
    }

    private static List<SheetRow> records(byte[] bytes) {
        try {
            return CsvTable.read(bytes, SheetLayout.MAX_ROWS + SheetLayout.MANUAL_COLUMNS.size()).stream()
                    .map(record -> new SheetRow(record.row(), record.values())).toList();
        } catch (UnreadableTable e) {
            if (e.reason() == UnreadableTable.Reason.UNCLOSED_QUOTE) {
                throw ManualRefusal.of(List.of(SheetMapping.at(new Cell(SheetLayout.STANDARDS, e.row(), e.column()),
                        "standards.sheets.csv.quote", List.of(), true)));
            }
            if (e.reason() == UnreadableTable.Reason.TOO_MANY_COLUMNS) {
                throw ManualRefusal.because(SheetLayout.letter(e.column()) + e.row(), "standards.sheets.tooManyColumns",
                        CsvTable.MAX_COLUMNS);
            }
            throw ManualRefusal.because(SheetLayout.letter(0) + e.row(), "standards.sheets.tooManyRows",
                    SheetLayout.STANDARDS, SheetLayout.MAX_ROWS);
        }
    }

    static byte[] write(Map<String, String> metadata, List<List<String>> standards) {
        StringBuilder out = new StringBuilder(BOM);
        // Line breaks would end the comment line; metadata values never need them. A comma or a quote would
        // split the line into cells (the next one could start with "="), so such a line is one quoted cell.
        metadata.forEach((key, value) -> {
            String comment = "#" + key + "=" + value.replaceAll("[\r\n]+", " ");
            out.append(comment.indexOf(',') >= 0 || comment.indexOf('"') >= 0
                    ? '"' + comment.replace("\"", "\"\"") + '"' : comment).append("\r\n");
        });
        line(out, SheetLayout.STANDARD_COLUMNS);
        standards.forEach(row -> line(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String value = FormulaGuard.neutralise(values.get(i));
            if (i > 0) {
                out.append(',');
            }
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0 || value.startsWith("#")) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        out.append("\r\n");
    }
}
