package org.acredita.proofs.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.acredita.access.NotFoundException;
import org.acredita.proofs.Proof;
import org.acredita.proofs.Proofs;
import org.acredita.storage.FileDownload;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Renders a page of a PDF proof as a PNG, so the page shows a preview without framing the PDF (which the
 * page's security policy forbids). The PDF is copied to a temporary file first so PDFBox reads it from disk,
 * with its scratch memory on disk too: a large PDF never fills the heap. Larger than
 * {@code acredita.proofs.preview-max-size} gets no preview, only its download.
 */
@Component
class PdfPreview {

    private static final float DPI = 80;

    private final Proofs proofs;
    private final long maxBytes;

    PdfPreview(Proofs proofs, @Value("${acredita.proofs.preview-max-size:100MB}") DataSize maxSize) {
        this.proofs = proofs;
        this.maxBytes = maxSize.toBytes();
    }

    byte[] render(UUID fileId, String number, UUID proofId, int page) {
        Proof proof = proofs.proof(fileId, number, proofId);
        if (!proof.pdf() || proof.size() == null || proof.size() > maxBytes || page < 1) {
            throw new NotFoundException();
        }
        FileDownload download = proofs.content(fileId, number, proofId);
        Path temp = null;
        try (InputStream content = download.content()) {
            temp = Files.createTempFile("acredita-preview-", ".pdf");
            Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            try (PDDocument document = Loader.loadPDF(temp.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
                if (page > document.getNumberOfPages()) {
                    throw new NotFoundException();
                }
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, DPI);
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
