package org.acredita.printing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A QR code of a short text (a link printed on a certificate, a poster, an enrolment page), drawn as a black and
 * white PNG a document embeds as a {@code data:} URI, which {@link PdfPrinter} prints without fetching anything.
 * Error correction level M, so a creased or slightly smudged print still reads, and the four-module quiet zone the
 * standard asks for.
 */
public final class QrCode {

    /** A QR code holds at most 2,331 bytes at level M; a link is far shorter, and a longer text is a mistake. */
    public static final int MAX_LENGTH = 2_000;

    private static final int QUIET_ZONE = 4;

    private final String text;
    private final BitMatrix modules;

    private QrCode(String text, BitMatrix modules) {
        this.text = text;
        this.modules = modules;
    }

    /** The QR code of {@code text}, encoded as UTF-8. */
    public static QrCode of(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A QR code holds 1 to " + MAX_LENGTH + " characters");
        }
        try {
            return new QrCode(text, new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, QUIET_ZONE)));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The text does not fit in a QR code", e);
        }
    }

    public String text() {
        return text;
    }

    /** Modules (dark or light squares) per side, quiet zone included. */
    public int modulesPerSide() {
        return modules.getWidth();
    }

    /** The code as a PNG, each module {@code pixelsPerModule} pixels wide, so it stays sharp when scaled down. */
    public byte[] png(int pixelsPerModule) {
        if (pixelsPerModule < 1 || pixelsPerModule > 32) {
            throw new IllegalArgumentException("1 to 32 pixels per module");
        }
        int side = modules.getWidth() * pixelsPerModule;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean dark = modules.get(x / pixelsPerModule, y / pixelsPerModule);
                image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG as a {@code data:} URI for an {@code <img src>} of a printed document. */
    public String pngDataUri(int pixelsPerModule) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(pixelsPerModule));
    }
}
