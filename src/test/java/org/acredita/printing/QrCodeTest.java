package org.acredita.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.acredita.support.PrintedQrCodes;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final String LINK = "https://acredita.example.mx/public/certificates/ACR-2026-000042?h=0123456789abcdef";

    @Test
    void thePngReadsBackAsTheText() throws IOException {
        QrCode code = QrCode.of(LINK);

        byte[] png = code.png(4);

        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(code.modulesPerSide() * 4);
        assertThat(PrintedQrCodes.read(image)).isEqualTo(LINK);
        assertThat(code.pngDataUri(4)).startsWith("data:image/png;base64,");
    }

    @Test
    void aPrintedQrCodeReadsBackFromTheRenderedPageWhileAddressesStayUnfetched() throws IOException {
        String html = "<html><body><p>Verifique en</p><img style='width:30mm;height:30mm' src='"
                + QrCode.of(LINK).pngDataUri(4) + "' alt='QR'/><img src='http://127.0.0.1:9/logo.png' alt='logo'/>"
                + "</body></html>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new PdfPrinter().print(html, "QR", out);

        assertThat(PrintedQrCodes.onFirstPage(out.toByteArray())).isEqualTo(LINK);
    }

    @Test
    void anEmptyOrOverlongTextIsRefused() {
        assertThatThrownBy(() -> QrCode.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCode.of("x".repeat(QrCode.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
