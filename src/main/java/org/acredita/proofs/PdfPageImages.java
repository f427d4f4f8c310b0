package org.acredita.proofs;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.acredita.access.NotFoundException;
import org.acredita.storage.FileDownload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;

/**
 * Renders a page of a PDF (a proof of the live file, or one as an assessment's snapshot froze it) as a PNG, so
 * the page shows a preview without framing the PDF (which the page's security policy forbids). The PDF is copied to a temporary file first so PDFBox reads it from disk,
 * with its scratch memory on disk too: a large PDF never fills the heap. The image is at most 1,600 pixels on
 * its longest side whatever size the page claims, and at most two render at once. Larger than
 * {@code acredita.proofs.preview-max-size} gets no preview, only its download.
 */
@Component
public class PdfPageImages {

    private static final float SCALE = 80f / 72f;
    /** The longest side of a preview in pixels, whatever page size the PDF claims (a page can claim metres). */
    private static final int MAX_PIXELS = 1600;
    /** Renders at once across this node; more wait their turn rather than fill the heap together. */
    private static final Semaphore RENDERING = new Semaphore(2, true);

    private final long maxBytes;

    PdfPageImages(@Value("${acredita.proofs.preview-max-size:100MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    /** Whether a file of this type and size gets page previews. */
    public boolean previewable(String contentType, Long size) {
        return "application/pdf".equals(contentType) && size != null && size <= maxBytes;
    }

    private static BufferedImage rendered(PDFRenderer renderer, int index, float scale) throws IOException {
        try {
            if (!RENDERING.tryAcquire(20, TimeUnit.SECONDS)) {
                throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE);
        }
        try {
            return renderer.renderImage(index, scale);
        } finally {
            RENDERING.release();
        }
    }

    /**
     * The page (from 1) of a PDF the caller has already authorised and opened, as a PNG; the stream is closed.
     * Not found for another type, a file too large, a page it does not have or an unreadable PDF.
     */
    public byte[] render(FileDownload download, int page) {
        if (!previewable(download.file().contentType(), download.file().size()) || page < 1) {
            try {
                download.content().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new NotFoundException();
        }
        Path temp = null;
        try (InputStream content = download.content()) {
            temp = Files.createTempFile("acredita-preview-", ".pdf");
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            try (PDDocument document = Loader.loadPDF(temp.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
                if (page > document.getNumberOfPages()) {
                    throw new NotFoundException();
                }
                PDPage pdfPage = document.getPage(page - 1);
                PDRectangle box = pdfPage.getCropBox();
                float longest = Math.max(box.getWidth(), box.getHeight()) * Math.max(1f, pdfPage.getUserUnit());
                float scale = longest <= 0 ? SCALE : Math.min(SCALE, MAX_PIXELS / longest);
                PDFRenderer renderer = new PDFRenderer(document);
                renderer.setSubsamplingAllowed(true);
                BufferedImage image = rendered(renderer, page - 1, scale);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                return png.toByteArray();
            }
        } catch (IOException e) {
            // An unreadable PDF has no preview; it can still be downloaded.
            throw new NotFoundException();
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
