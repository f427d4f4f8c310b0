package org.acredita.dashboard.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.acredita.dashboard.internal.AgencyRow;
import org.acredita.identity.StaffMember;
import org.acredita.spreadsheets.FormulaGuard;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The drill-down list as a spreadsheet: one row per agency, headings in the reader's language. */
final class DashboardExport {

    /** Words in the reader's language: message keys and state names by INEGI code. */
    interface Labels {
        String t(String key);

        String stateName(String code);
    }

    private static final String[] HEADINGS = {"name", "kind", "state", "municipality", "phase", "cohort",
        "leadAdvisor", "secondAdvisor", "regionalManager", "agreementDate", "deadline", "awardDate", "awardExpires",
        "assistanceHours", "readiness"};

    private DashboardExport() {
    }

    static void xlsx(List<AgencyRow> rows, Labels ui, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(ui.t("dashboard.export.sheet"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADINGS.length; i++) {
                head.createCell(i).setCellValue(ui.t("dashboard.export." + HEADINGS[i]));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (AgencyRow row : rows) {
                Row line = sheet.createRow(r++);
                List<Object> values = values(row, ui);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    var cell = line.createCell(i);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Double number) {
                        cell.setCellValue(number);
                    } else if (value != null) {
                        cell.setCellValue(FormulaGuard.neutralise(value.toString()));
                    }
                }
            }
            sheet.createFreezePane(1, 1);
            for (int i = 0; i < HEADINGS.length; i++) {
                sheet.setColumnWidth(i, i == 0 ? 60 * 256 : 22 * 256);
            }
            book.write(out);
        }
    }

    /** UTF-8 with a byte-order mark so spreadsheet programs read accents right; RFC 4180 quoting. */
    static void csv(List<AgencyRow> rows, Labels ui, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        List<Object> headings = new ArrayList<>();
        for (String heading : HEADINGS) {
            headings.add(ui.t("dashboard.export." + heading));
        }
        line(writer, headings);
        for (AgencyRow row : rows) {
            line(writer, values(row, ui));
        }
        writer.flush();
    }

    private static void line(Writer writer, List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            Object value = values.get(i);
            writer.write(value instanceof Number ? value.toString()
                    : quoted(FormulaGuard.neutralise(value == null ? "" : value.toString())));
        }
        writer.write("\r\n");
    }

    /** RFC 4180: a field with a comma, a quote or a line break goes in quotes, quotes doubled. */
    static String quoted(String value) {
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static List<Object> values(AgencyRow row, Labels ui) {
        var s = row.standing();
        var m = row.member();
        List<Object> values = new ArrayList<>();
        values.add(s.name());
        values.add(s.kind() == null ? null : ui.t("agencies.kind." + s.kind().name()));
        values.add(s.stateCode() == null ? null : ui.stateName(s.stateCode()));
        values.add(s.municipalityCode());
        values.add(s.phase() == null ? null : ui.t("agencies.phase." + s.phase().name()));
        values.add(m == null || m.cohort() == null ? null : m.cohort().name());
        values.add(name(m == null ? null : m.leadAdvisor()));
        values.add(name(m == null ? null : m.secondAdvisor()));
        values.add(name(m == null ? null : m.regionalManager()));
        values.add(s.agreementDate());
        values.add(s.selfAssessmentDeadline());
        values.add(s.awardDate());
        values.add(s.awardExpires());
        values.add(row.assistanceHours());
        values.add(row.readiness() == null ? null : row.readiness().doubleValue());
        return values;
    }

    private static String name(StaffMember person) {
        return person == null ? null : person.displayName();
    }
}
