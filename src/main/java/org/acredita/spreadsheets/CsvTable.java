package org.acredita.spreadsheets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as every import of the product reads it: RFC 4180 (comma separated; fields with commas, quotes or line
 * breaks quoted), UTF-8 with or without the byte order mark Excel writes. Records keep the line they start on,
 * which is the row number a spreadsheet program shows when it opens the file.
 */
public final class CsvTable {

    private static final String BOM = "\uFEFF";
    /** More columns than any import reads: a line of commas must not become millions of empty cells. */
    public static final int MAX_COLUMNS = 1_000;

    private CsvTable() {
    }

    /** The file's records, refusing it as soon as it has more than {@code maxRecords}. */
    public static List<TableRow> read(byte[] bytes, int maxRecords) {
        return read(new String(bytes, StandardCharsets.UTF_8), maxRecords);
    }

    /** The records of a file already decoded (an importer that also accepts other encodings decodes it). */
    public static List<TableRow> read(String text, int maxRecords) {
        return new Parser(text.startsWith(BOM) ? text.substring(1) : text, maxRecords).records();
    }

    private static final class Parser {

        private final String text;
        private final int maxRecords;
        private final List<TableRow> records = new ArrayList<>();
        private int position;
        private int line = 1;

        Parser(String text, int maxRecords) {
            this.text = text;
            this.maxRecords = maxRecords;
        }

        List<TableRow> records() {
            while (position < text.length()) {
                if (records.size() >= maxRecords) {
                    throw new UnreadableTable(UnreadableTable.Reason.TOO_MANY_ROWS, null, line, 0, "");
                }
                records.add(record());
            }
            return records;
        }

        private TableRow record() {
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
                    if (fields.size() >= MAX_COLUMNS) {
                        throw new UnreadableTable(UnreadableTable.Reason.TOO_MANY_COLUMNS, null, start, MAX_COLUMNS, "");
                    }
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
                throw new UnreadableTable(UnreadableTable.Reason.UNCLOSED_QUOTE, null, start, fields.size(), "");
            }
            fields.add(field.toString());
            return new TableRow(start, fields);
        }
    }
}
