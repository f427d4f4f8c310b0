package org.acredita.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfPrinterTest {

    private final PdfPrinter printer = new PdfPrinter();

    @Test
    void accentsAndEnyePrintWithEmbeddedFontsOnly() throws IOException {
        byte[] pdf = print("<html lang='es'><body><h1>Secretaría de Seguridad Pública de Querétaro</h1>"
                + "<p><b>Año</b> de la <i>evaluación</i>: señalamientos, ÁÉÍÓÚ ü ¿? ¡!</p></body></html>");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Secretaría de Seguridad Pública de Querétaro", "Año", "evaluación",
                    "señalamientos", "ÁÉÍÓÚ ü ¿? ¡!");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                }
            }
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Informe");
        }
    }

    @Test
    void nothingOutsideTheDocumentIsFetched() throws IOException {
        byte[] pdf = print("<html><head><link rel='stylesheet' href='http://127.0.0.1:9/x.css'/></head><body>"
                + "<img src='http://127.0.0.1:9/secret.png' alt='logo'/><p>Texto</p></body></html>");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Texto");
        }
    }

    private byte[] print(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        printer.print(html, "Informe", out);
        return out.toByteArray();
    }
}
