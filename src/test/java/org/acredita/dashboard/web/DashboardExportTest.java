package org.acredita.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.acredita.agencies.AgencyStanding;
import org.acredita.dashboard.internal.AgencyRow;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DashboardExportTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"clic\")";

    private final DashboardExport.Labels labels = new DashboardExport.Labels() {
        @Override
        public String t(String key) {
            return key;
        }

        @Override
        public String stateName(String code) {
            return code;
        }
    };

    private final List<AgencyRow> rows = List.of(new AgencyRow(new AgencyStanding(UUID.randomUUID(), FORMULA, null,
            null, "-1+2", null, null, null, null, null, null, null), null, 2.5, 40));

    @Test
    void csvCellsAreQuotedWhenNeededAndCannotRunAsFormulas() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DashboardExport.csv(rows, labels, out);
        String line = out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
        assertThat(line).startsWith("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\",,,'-1+2,")
                .endsWith(",2.5,40.0");
        assertThat(DashboardExport.quoted("Querétaro, Qro.")).isEqualTo("\"Querétaro, Qro.\"");
        assertThat(DashboardExport.quoted("C5")).isEqualTo("C5");
        assertThat(DashboardExport.quoted("")).isEmpty();
    }

    @Test
    void xlsxWritesFormulaLikeTextAsMarkedTextCellsAndNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DashboardExport.xlsx(rows, labels, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'" + FORMULA);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("'-1+2");
            assertThat(row.getCell(13).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(14).getNumericCellValue()).isEqualTo(40.0);
        }
    }
}
