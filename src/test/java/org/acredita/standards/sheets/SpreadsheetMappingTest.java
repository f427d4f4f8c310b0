package org.acredita.standards.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.acredita.access.LocatedProblem;
import org.acredita.access.RefusedWithProblems;
import org.acredita.standards.format.ManualCodec;
import org.acredita.standards.format.ManualDocument;
import org.acredita.standards.internal.ManualFormat;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Spreadsheet rows to manual documents and back, without the application. */
class SpreadsheetMappingTest {

    private final ManualCodec codec = new ManualCodec();
    private final Spreadsheets sheets = new Spreadsheets();

    @Test
    void bothFormatsGiveBackTheSameDocumentTree() {
        ManualDocument document = testManual();
        for (ManualFormat format : List.of(ManualFormat.XLSX, ManualFormat.CSV)) {
            JsonNode read = sheets.read(sheets.write(document, format), format).tree();
            assertThat(read).as(format.id()).isEqualTo(codec.tree(document));
        }
    }

    @Test
    void csvIsUtf8WithBomAndMetadataLinesAndKeepsCommasQuotesAndLineBreaks() {
        ObjectNode tree = (ObjectNode) codec.tree(testManual());
        ((ObjectNode) tree.at("/standards/0/statement")).put("es", "Uno, \"dos\"\ny tres");
        ManualDocument document = codec.bind(tree);
        byte[] csv = sheets.write(document, ManualFormat.CSV);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF#code=PRUEBA-POL\r\n#version=2026\r\n");
        assertThat(text).contains("\r\nnumber,element,chapter,");
        assertThat(sheets.read(csv, ManualFormat.CSV).tree().at("/standards/0/statement/es").stringValue())
                .isEqualTo("Uno, \"dos\"\ny tres");
    }

    @Test
    void formulaLikeTextIsExportedAsMarkedTextAndImportedUnchanged() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example\",\"clic\")";
        ObjectNode tree = (ObjectNode) codec.tree(testManual());
        ((ObjectNode) tree.at("/standards/0/title")).put("es", formula).put("en", "'already quoted");
        ((ObjectNode) tree.at("/standards/0/statement")).put("es", "-1+1");
        ((ObjectNode) tree.at("/title")).put("es", "Manual,=1+1");
        ManualDocument document = codec.bind(tree);

        String csv = new String(sheets.write(document, ManualFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\",''already quoted,'-1+1,")
                .contains("\r\n\"#title_es=Manual,=1+1\"\r\n");
        byte[] xlsx = sheets.write(document, ManualFormat.XLSX);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var cell = book.getSheet(SheetLayout.STANDARDS).getRow(1).getCell(SheetLayout.column("title_es"));
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'" + formula);
        }

        for (ManualFormat format : List.of(ManualFormat.XLSX, ManualFormat.CSV)) {
            byte[] file = format == ManualFormat.CSV ? csv.getBytes(StandardCharsets.UTF_8) : xlsx;
            assertThat(sheets.read(file, format).tree()).as(format.id()).isEqualTo(codec.tree(document));
        }
    }

    @Test
    void problemsArePlacedAtTheirCell() {
        byte[] csv = sheets.write(testManual(), ManualFormat.CSV);
        SheetMapping csvMapping = sheets.read(csv, ManualFormat.CSV);
        // 11 metadata lines and the header come first: the first standard is on line 13.
        LocatedProblem level = csvMapping.relocate(LocatedProblem.at("/standards/0/level", "standards.import.schema.enum", "X"));
        assertThat(level.location()).isEqualTo("Q13");
        assertThat(level.messageKey()).isEqualTo("standards.sheets.at.csv");
        assertThat(level.arguments().subList(0, 2)).containsExactly("13", "Q");
        assertThat(((MessageSourceResolvable) level.arguments().get(2)).getCodes())
                .containsExactly("standards.import.schema.enum");
        assertThat(csvMapping.relocate(LocatedProblem.at("/version", "standards.import.edition.exists")).location())
                .isEqualTo("A2");

        SheetMapping xlsx = sheets.read(sheets.write(testManual(), ManualFormat.XLSX), ManualFormat.XLSX);
        // Standard 1.2.1 is on row 4, its elements on rows 5 to 7; the function list of 2.1.1 on row 10.
        assertThat(xlsx.relocate(LocatedProblem.at("/standards/2/elements/1/text/en", "k")).location())
                .isEqualTo("standards!L6");
        assertThat(xlsx.relocate(LocatedProblem.at("/standards/5/functions/0", "k")).location())
                .isEqualTo("standards!T10");
        assertThat(xlsx.relocate(LocatedProblem.at("/chapters/1/sections/0/title/es", "k")).location())
                .isEqualTo("standards!G10");
        assertThat(xlsx.relocate(LocatedProblem.at("/code", "k")).location()).isEqualTo("manual!A2");
    }

    @Test
    void refusesWhatHasNoPlaceInAManual() {
        String header = String.join(",", SheetLayout.STANDARD_COLUMNS);
        byte[] orphan = ("\uFEFF" + header + "\r\n1.1.1,a\r\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> sheets.read(orphan, ManualFormat.CSV)).isInstanceOfSatisfying(RefusedWithProblems.class,
                rejected -> assertThat(rejected.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.location()).isEqualTo("B2")));
        byte[] renamed = ("number,letter\r\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> sheets.read(renamed, ManualFormat.CSV)).isInstanceOfSatisfying(RefusedWithProblems.class,
                rejected -> assertThat(rejected.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.location()).isEqualTo("B1")));
        assertThatThrownBy(() -> sheets.read("PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.ISO_8859_1),
                ManualFormat.XLSX)).isInstanceOfSatisfying(RefusedWithProblems.class,
                rejected -> assertThat(rejected.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("standards.sheets.corrupt")));
    }

    @Test
    void detectsSpreadsheetsByContentAndName() {
        assertThat(ManualFormat.detect("manual.bin", "PK\u0003\u0004rest".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(ManualFormat.XLSX);
        assertThat(ManualFormat.detect("manual.CSV", "number,element".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ManualFormat.CSV);
        assertThat(ManualFormat.detect("manual.json", "{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ManualFormat.ACREDITA_JSON);
    }

    /** The test manual without its crosswalk, which a spreadsheet does not carry. */
    private ManualDocument testManual() {
        try (InputStream in = SpreadsheetMappingTest.class.getResourceAsStream("/standards/test-manual.json")) {
            ObjectNode tree = (ObjectNode) codec.read(in.readAllBytes(), ManualFormat.ACREDITA_JSON);
            tree.remove("crosswalk");
            return codec.bind(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
