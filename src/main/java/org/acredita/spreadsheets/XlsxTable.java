package org.acredita.spreadsheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
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
 * <p>
 * The workbook is opened from a temporary file, so POI reads only the parts it needs, when it needs them (opened
 * from a stream it would hold every entry in memory: a 17.7 MB file of padding entries exhausted the heap), and
 * only after {@link #checkBounds} has inflated every entry within the limits, never trusting declared sizes.
 */
public final class XlsxTable {

    /** More parts than any workbook of ours has (a sheet, its relations, styles, strings: a few dozen). */
    public static final int MAX_PARTS = 1_000;
    /** The most one entry may unpack to; the shared strings of the largest manual are a tenth of it. */
    public static final long MAX_PART_BYTES = 128L * 1024 * 1024;
    /** The most all entries together may unpack to. */
    public static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** How much larger than its compressed bytes a part may unpack (beyond its first megabyte): a zip bomb's mark. */
    public static final int MAX_RATIO = 100;

    private XlsxTable() {
    }

    /** The rows of each sheet whose name is wanted, by sheet name in workbook order. */
    public static Map<String, List<TableRow>> read(byte[] bytes, Predicate<String> wanted, int maxRows) {
        Path file = null;
        try {
            file = Files.createTempFile("acredita-workbook-", ".xlsx");
            Files.write(file, bytes);
            checkBounds(file);
            return sheets(file, wanted, maxRows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    private static Map<String, List<TableRow>> sheets(Path file, Predicate<String> wanted, int maxRows) {
        Map<String, List<TableRow>> sheets = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
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

    /**
     * Inflates every entry once, never holding it, and counts its bytes against the limits, stopping at the first
     * byte over: whatever its name, a part may be one POI parses (the relations, not the extension, say which).
     */
    private static void checkBounds(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_PARTS) {
                throw new UnreadableTable(UnreadableTable.Reason.TOO_LARGE, null, 0, -1, "");
            }
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                long size = 0;
                long ratioLimit = Math.max(1024 * 1024, Math.max(entry.getCompressedSize(), 0) * MAX_RATIO);
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        size += read;
                        total += read;
                        if (size > MAX_PART_BYTES || size > ratioLimit || total > MAX_TOTAL_BYTES) {
                            throw new UnreadableTable(UnreadableTable.Reason.TOO_LARGE, null, 0, -1, printable(name));
                        }
                    }
                }
            }
        } catch (UnreadableTable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableTable(UnreadableTable.Reason.DAMAGED, null, 0, -1, firstLine(e.getMessage()));
        }
    }

    private static String printable(String name) {
        String cleaned = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?");
        return cleaned.length() > 200 ? cleaned.substring(0, 200) + "…" : cleaned;
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
            if (column >= CsvTable.MAX_COLUMNS) {
                throw new UnreadableTable(UnreadableTable.Reason.TOO_MANY_COLUMNS, sheet, number, column, "");
            }
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
