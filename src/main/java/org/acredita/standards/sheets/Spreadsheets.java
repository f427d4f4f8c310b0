package org.acredita.standards.sheets;

import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.internal.ManualFormat;
import org.springframework.stereotype.Component;

/**
 * Manuals as spreadsheets for staff who maintain them in Excel: XLSX (sheets "manual" and "standards")
 * and CSV (the "standards" sheet with the metadata in comment lines), laid out as
 * {@code docs/standards-spreadsheet.md} documents.
 */
@Component
public class Spreadsheets {

    /**
     * The file as the tree of a manual document, with the cell of each part, for the usual checks.
     *
     * @throws org.acredita.access.RefusedWithProblems when the file cannot be read as the documented layout
     */
    public SheetMapping read(byte[] content, ManualFormat format) {
        boolean csv = format == ManualFormat.CSV;
        return SheetReader.read(csv ? CsvFiles.read(content) : XlsxFiles.read(content), csv);
    }

    public byte[] write(ManualDocument document, ManualFormat format) {
        if (format == ManualFormat.CSV) {
            return CsvFiles.write(SheetWriter.metadata(document), SheetWriter.standards(document));
        }
        return XlsxFiles.write(SheetWriter.metadata(document), SheetWriter.standards(document));
    }
}
