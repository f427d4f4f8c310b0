package org.acredita.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.acredita.spreadsheets.FormulaGuard;

/**
 * UTF-8 with a byte-order mark so spreadsheet programs read accents right, RFC 4180 quoting, every text through
 * {@link FormulaGuard}; written as it goes (the writer's buffer only).
 */
public final class CsvAuditSheet implements AuditSheet {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer writer;

    public CsvAuditSheet(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
    }

    @Override
    public void title(String text) throws IOException {
        writer.write(field(text));
        writer.write("\r\n");
    }

    @Override
    public void headings(String... headings) throws IOException {
        line(headings);
    }

    @Override
    public void row(long entry, LocalDateTime occurredAt, String... texts) throws IOException {
        writer.write(Long.toString(entry));
        writer.write(',');
        writer.write(MOMENT.format(occurredAt));
        for (String text : texts) {
            writer.write(',');
            writer.write(field(text));
        }
        writer.write("\r\n");
    }

    private void line(String... texts) throws IOException {
        for (int i = 0; i < texts.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(texts[i]));
        }
        writer.write("\r\n");
    }

    /** Neutralised, then quoted when it holds a comma, a quote or a line break (quotes doubled). */
    private static String field(String text) {
        String value = FormulaGuard.neutralise(text == null ? "" : text);
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    @Override
    public void close() throws IOException {
        writer.flush();
    }
}
