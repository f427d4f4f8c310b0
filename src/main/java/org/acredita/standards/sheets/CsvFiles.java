package org.acredita.standards.sheets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acredita.spreadsheets.FormulaGuard;
import org.acredita.standards.internal.ManualRefusal;

/**
 * The "standards" sheet as CSV (RFC 4180: comma separated, fields with commas, quotes or line breaks
 * quoted) in UTF-8 with a byte order mark, which Excel needs to read accents correctly. The edition's
 * metadata comes first, one {@code #key=value} line per column of the "manual" sheet.
 */
final class CsvFiles {

    private static final String BOM = "\uFEFF";

    private CsvFiles() {
    }

    static SheetContent read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith(BOM)) {
            text = text.substring(1);
        }
        List<SheetRow> records = new Parser(text).records();
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

    /** RFC 4180 records, each with the line it starts on; lines are counted as a spreadsheet shows rows. */
    private static final class Parser {

        private final String text;
        private final List<SheetRow> records = new ArrayList<>();
        private int position;
        private int line = 1;

        Parser(String text) {
            this.text = text;
        }

        List<SheetRow> records() {
            while (position < text.length()) {
                if (records.size() >= SheetLayout.MAX_ROWS + SheetLayout.MANUAL_COLUMNS.size()) {
                    throw ManualRefusal.because(SheetLayout.letter(0) + line, "standards.sheets.tooManyRows",
                            SheetLayout.STANDARDS, SheetLayout.MAX_ROWS);
                }
                records.add(record());
            }
            return records;
        }

        private SheetRow record() {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (quoted) {
                    if (c == '"' && position < text.length() && text.charAt(position) == '"') {
                        field.append('"');
                        position++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        line += c == '\n' ? 1 : 0;
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                        position++;
                    }
                    line++;
                    break;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw ManualRefusal.of(List.of(SheetMapping.at(new Cell(SheetLayout.STANDARDS, start, fields.size()),
                        "standards.sheets.csv.quote", List.of(), true)));
            }
            fields.add(field.toString());
            return new SheetRow(start, fields);
        }
    }
}
