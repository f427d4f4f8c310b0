package org.acredita.standards.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.acredita.access.RefusedWithProblems;
import org.acredita.spreadsheets.FormulaGuard;
import org.acredita.standards.internal.ManualRefusal;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Workbooks in and out with Apache POI's streaming APIs: the SAX event reader (rows are never all held
 * as POI objects, and reading stops once a sheet exceeds the row limit) and SXSSF for writing.
 */
final class XlsxFiles {

    private XlsxFiles() {
    }

    static SheetContent read(byte[] bytes) {
        Map<String, List<SheetRow>> sheets = new HashMap<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream sheet = iterator.next()) {
                    String name = iterator.getSheetName();
                    if (SheetLayout.MANUAL.equals(name) || SheetLayout.STANDARDS.equals(name)) {
                        Rows rows = new Rows(name);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows,
                                new DataFormatter(), false));
                        parser.parse(new InputSource(sheet));
                        sheets.put(name, rows.rows);
                    }
                }
            }
        } catch (RefusedWithProblems e) {
            throw e;
        } catch (Exception e) {
            // Not a ZIP, a ZIP that is no workbook, a damaged part: all mean the same to the user.
            throw ManualRefusal.because("/", "standards.sheets.corrupt", firstLine(e.getMessage()));
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

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** Collects one sheet's rows as text, refusing the file as soon as it has more rows than allowed. */
    private static final class Rows implements SheetContentsHandler {

        private final String sheet;
        private final List<SheetRow> rows = new ArrayList<>();
        private List<String> current;
        private int number;

        Rows(String sheet) {
            this.sheet = sheet;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= SheetLayout.MAX_ROWS) {
                throw ManualRefusal.because(sheet + "!A" + (rowNum + 1), "standards.sheets.tooManyRows", sheet,
                        SheetLayout.MAX_ROWS);
            }
            number = rowNum + 1;
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new SheetRow(number, current));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            if (column < current.size()) {
                return; // a cell written twice (both an inline and a plain value): the first one counts
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }
    }
}
