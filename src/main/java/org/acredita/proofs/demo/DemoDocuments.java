package org.acredita.proofs.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** One-page PDFs that read like an agency's records, so the demo's previews and search show real documents. */
final class DemoDocuments {

    private DemoDocuments() {
    }

    static byte[] pdf(String heading, List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.setNonStrokingColor(0.12f, 0.23f, 0.42f);
                stream.addRect(0, 742, 612, 50);
                stream.fill();
                stream.beginText();
                stream.setNonStrokingColor(1f, 1f, 1f);
                stream.setFont(bold, 13);
                stream.newLineAtOffset(54, 760);
                stream.showText("SECRETARIA DE SEGURIDAD CIUDADANA - DOCUMENTO DE DEMOSTRACION");
                stream.endText();
                stream.beginText();
                stream.setNonStrokingColor(0f, 0f, 0f);
                stream.setFont(bold, 16);
                stream.newLineAtOffset(54, 700);
                stream.showText(heading);
                stream.setFont(regular, 11);
                stream.setLeading(17);
                stream.newLine();
                stream.newLine();
                for (String line : lines) {
                    stream.showText(line);
                    stream.newLine();
                }
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
