package org.acredita.audit.internal;

import java.io.Closeable;
import java.io.IOException;
import java.time.LocalDateTime;

/** Where an audit export's lines go, a line at a time: a CSV text or an XLSX workbook. */
public interface AuditSheet extends Closeable {

    /** The verification result, above everything else. */
    void title(String text) throws IOException;

    void headings(String... headings) throws IOException;

    void row(long entry, LocalDateTime occurredAt, String... texts) throws IOException;

    /** Writes what is left and ends the document; the output stays open. */
    @Override
    void close() throws IOException;
}
