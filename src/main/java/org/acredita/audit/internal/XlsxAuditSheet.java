package org.acredita.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import org.acredita.spreadsheets.FormulaGuard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook written with POI's streaming workbook: only a window of rows is in memory, the rest is flushed
 * to a temporary file until the workbook is written out (and the file removed). Texts go through
 * {@link FormulaGuard} into text cells; the entry is a number and the moment a date cell.
 */
public final class XlsxAuditSheet implements AuditSheet {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int[] WIDTHS = {10, 20, 30, 34, 24, 80};

    private final OutputStream out;
    private final SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Sheet sheet;
    private final CellStyle bold;
    private final CellStyle moment;
    private int next;

    public XlsxAuditSheet(OutputStream out, String sheetName) {
        this.out = out;
        this.sheet = book.createSheet(sheetName);
        this.bold = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        bold.setFont(font);
        this.moment = book.createCellStyle();
        moment.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
    }

    @Override
    public void title(String text) {
        Row row = sheet.createRow(next++);
        text(row, 0, text).setCellStyle(bold);
    }

    @Override
    public void headings(String... headings) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < headings.length; i++) {
            text(row, i, headings[i]).setCellStyle(bold);
        }
        sheet.createFreezePane(0, next);
    }

    @Override
    public void row(long entry, LocalDateTime occurredAt, String... texts) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(entry);
        Cell when = row.createCell(1);
        when.setCellValue(occurredAt);
        when.setCellStyle(moment);
        for (int i = 0; i < texts.length; i++) {
            text(row, i + 2, texts[i]);
        }
    }

    private static Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(FormulaGuard.neutralise(value));
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        try {
            book.write(out);
            out.flush();
        } finally {
            book.dispose();
            book.close();
        }
    }
}
