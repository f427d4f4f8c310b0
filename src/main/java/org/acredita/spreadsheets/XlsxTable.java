package org.acredita.spreadsheets;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Workbooks read with Apache POI's SAX event reader: rows are never all held as POI objects, and reading stops
 * once a sheet exceeds the row limit. Cells come as the text the spreadsheet program shows.
 */
public final class XlsxTable {

    private XlsxTable() {
    }

    /** The rows of each sheet whose name is wanted, by sheet name in workbook order. */
    public static Map<String, List<TableRow>> read(byte[] bytes, Predicate<String> wanted, int maxRows) {
        Map<String, List<TableRow>> sheets = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream sheet = iterator.next()) {
                    String name = iterator.getSheetName();
                    if (wanted.test(name)) {
                        Rows rows = new Rows(name, maxRows);
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows,
                                new DataFormatter(), false));
                        parser.parse(new InputSource(sheet));
                        sheets.put(name, rows.rows);
                    }
                }
            }
        } catch (UnreadableTable e) {
            throw e;
        } catch (Exception e) {
            // Not a ZIP, a ZIP that is no workbook, a damaged part: all mean the same to the user.
            throw new UnreadableTable(UnreadableTable.Reason.DAMAGED, null, 0, -1, firstLine(e.getMessage()));
        }
        return sheets;
    }

    /** The rows of the workbook's first sheet. */
    public static List<TableRow> firstSheet(byte[] bytes, int maxRows) {
        boolean[] taken = {false};
        Map<String, List<TableRow>> sheets = read(bytes, name -> {
            boolean first = !taken[0];
            taken[0] = true;
            return first;
        }, maxRows);
        return sheets.isEmpty() ? List.of() : sheets.values().iterator().next();
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** Collects one sheet's rows as text, refusing the file as soon as it has more rows than allowed. */
    private static final class Rows implements SheetContentsHandler {

        private final String sheet;
        private final int maxRows;
        private final List<TableRow> rows = new ArrayList<>();
        private List<String> current;
        private int number;

        Rows(String sheet, int maxRows) {
            this.sheet = sheet;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= maxRows) {
                throw new UnreadableTable(UnreadableTable.Reason.TOO_MANY_ROWS, sheet, rowNum + 1, 0, "");
            }
            number = rowNum + 1;
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(new TableRow(number, current));
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
