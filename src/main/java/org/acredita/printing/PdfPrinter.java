package org.acredita.printing;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;

/**
 * Prints an HTML document as PDF. The document's CSS uses the family {@value #FAMILY}; the printer puts it first
 * on the root element too, so a document that names no font still prints with an embedded one. Nothing outside
 * the document is fetched (the product runs air-gapped, and a fetched address would be a way out of it): only
 * {@code data:} URIs, which the document carries itself (an image such as a {@link QrCode}), are read.
 */
@Component
public class PdfPrinter {

    /** The font family every printed document uses (DejaVu Sans, shipped in {@code fonts/}). */
    public static final String FAMILY = "DejaVu Sans";

    private static final String DEFAULT_STYLE = "html{font-family:'" + FAMILY + "';}";

    private final List<Face> faces = List.of(
            new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    /**
     * Writes the PDF of {@code html} (an HTML5 document or fragment) to {@code out}.
     *
     * @param title the PDF's title in its properties (also read aloud by screen readers)
     */
    public void print(String html, String title, OutputStream out) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        parsed.head().prependElement("style").appendText(DEFAULT_STYLE);
        if (parsed.title().isBlank()) {
            parsed.title(title);
        }
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withProducer("Acredita")
                .withW3cDocument(new W3CDom().fromJsoup(parsed), "about:blank")
                .useExternalResourceAccessControl((uri, type) -> inDocument(uri),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> inDocument(uri),
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .toStream(out);
        for (Face face : faces) {
            builder.useFont(face::open, FAMILY, face.weight(), face.style(), true);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    /** A {@code data:} URI is the document's own content, not an address to fetch. */
    private static boolean inDocument(String uri) {
        return uri != null && uri.regionMatches(true, 0, "data:", 0, 5);
    }

    /** One shipped font file, read once and kept, since every document embeds a subset of it. */
    private static final class Face {

        private final byte[] bytes;
        private final int weight;
        private final FontStyle style;

        Face(String file, int weight, FontStyle style) {
            try (InputStream in = PdfPrinter.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing shipped font " + file);
                }
                this.bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.weight = weight;
            this.style = style;
        }

        InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        int weight() {
            return weight;
        }

        FontStyle style() {
            return style;
        }
    }
}
