package org.acredita.standards.sheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acredita.spreadsheets.CsvTable;
import org.acredita.spreadsheets.FormulaGuard;
import org.acredita.spreadsheets.UnreadableTable;
import org.acredita.spreadsheets.XlsxTable;
import org.acredita.standards.internal.ManualRefusal;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Workbooks in and out with Apache POI's streaming APIs: {@link XlsxTable}'s SAX event reader (rows are never
 * all held as POI objects, and reading stops once a sheet exceeds the row limit) and SXSSF for writing.
 */
final class XlsxFiles {

    private XlsxFiles() {
    }

    static SheetContent read(byte[] bytes) {
        Map<String, List<SheetRow>> sheets = new HashMap<>();
        try {
            XlsxTable.read(bytes, name -> SheetLayout.MANUAL.equals(name) || SheetLayout.STANDARDS.equals(name),
                    SheetLayout.MAX_ROWS).forEach((name, rows) -> sheets.put(name,
                            rows.stream().map(row -> new SheetRow(row.row(), row.values())).toList()));
        } catch (UnreadableTable e) {
            if (e.reason() == UnreadableTable.Reason.TOO_MANY_ROWS) {
                throw ManualRefusal.because(e.sheet() + "!A" + e.row(), "standards.sheets.tooManyRows", e.sheet(),
                        SheetLayout.MAX_ROWS);
            }
            if (e.reason() == UnreadableTable.Reason.TOO_MANY_COLUMNS) {
                throw ManualRefusal.because(e.sheet() + "!" + SheetLayout.letter(e.column()) + e.row(),
                        "standards.sheets.tooManyColumns", CsvTable.MAX_COLUMNS);
            }
            if (e.reason() == UnreadableTable.Reason.TOO_LARGE) {
                throw ManualRefusal.because(e.detail().isEmpty() ? "/" : e.detail(), "standards.sheets.tooLarge",
                        XlsxTable.MAX_PARTS, XlsxTable.MAX_PART_BYTES / (1024 * 1024), XlsxTable.MAX_RATIO);
            }
            throw ManualRefusal.because("/", "standards.sheets.corrupt", e.detail());
        }
        for (String name : List.of(SheetLayout.MANUAL, SheetLayout.STANDARDS)) {
            if (!sheets.containsKey(name)) {
                throw ManualRefusal.because("/", "standards.sheets.missing", name);
            }
        }
        return content(sheets.get(SheetLayout.MANUAL), sheets.get(SheetLayout.STANDARDS));
    }

    private static SheetContent content(List<SheetRow> manual, List<SheetRow> standards) {
        SheetHeaders.check(SheetLayout.MANUAL, manual.isEmpty() ? null : manual.get(0), SheetLayout.MANUAL_COLUMNS,
                false);
        SheetHeaders.check(SheetLayout.STANDARDS, standards.isEmpty() ? null : standards.get(0),
                SheetLayout.STANDARD_COLUMNS, false);
        Map<String, String> metadata = new HashMap<>();
        Map<String, Cell> cells = new HashMap<>();
        SheetRow values = manual.size() > 1 ? manual.get(1).restored() : new SheetRow(2, List.of());
        for (int i = 0; i < SheetLayout.MANUAL_COLUMNS.size(); i++) {
            metadata.put(SheetLayout.MANUAL_COLUMNS.get(i), values.value(i));
            cells.put(SheetLayout.MANUAL_COLUMNS.get(i), new Cell(SheetLayout.MANUAL, values.row(), i));
        }
        return new SheetContent(metadata, cells,
                standards.subList(1, standards.size()).stream().map(SheetRow::restored).toList());
    }

    static byte[] write(Map<String, String> metadata, List<List<String>> standards) {
        // SXSSF keeps a window of rows in memory and spills the rest to a temporary file it deletes on close.
        // Shared strings, as Excel writes them: tools that edit inline strings in place leave both values.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet manual = workbook.createSheet(SheetLayout.MANUAL);
            row(manual, 0, SheetLayout.MANUAL_COLUMNS);
            row(manual, 1, new ArrayList<>(metadata.values()));
            Sheet sheet = workbook.createSheet(SheetLayout.STANDARDS);
            row(sheet, 0, SheetLayout.STANDARD_COLUMNS);
            sheet.createFreezePane(1, 1);
            for (int i = 0; i < standards.size(); i++) {
                row(sheet, i + 1, standards.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, List<String> values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                // A text cell (never a formula), marked as text when it would look like one.
                row.createCell(i).setCellValue(FormulaGuard.neutralise(values.get(i)));
            }
        }
    }
}
