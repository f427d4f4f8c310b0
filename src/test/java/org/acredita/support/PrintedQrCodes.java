package org.acredita.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads a QR code back the way a phone would: from the printed page, rendered as an image, not from the PDF's objects. */
public final class PrintedQrCodes {

    private PrintedQrCodes() {
    }

    /**
     * The text of the QR code on the PDF's first page, rendered at 150 dpi and, as a phone's camera tries again from
     * closer, at 200 and 300 dpi when a resolution's resampling leaves the decoder nothing it can read.
     */
    public static String onFirstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            AssertionError unread = null;
            for (int dpi : new int[] {150, 200, 300}) {
                try {
                    return read(renderer.renderImageWithDPI(0, dpi, ImageType.RGB));
                } catch (AssertionError e) {
                    unread = e;
                }
            }
            throw unread;
        }
    }

    public static String read(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("No QR code found on the page", e);
        }
    }
}
