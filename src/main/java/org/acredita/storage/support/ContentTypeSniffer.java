package org.acredita.storage.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * Detects the media type from the stored bytes only. No file name or client-declared type is passed
 * to Tika, so a renamed executable cannot pass for a PDF.
 */
public final class ContentTypeSniffer {

    // DefaultDetector is thread-safe and costly to build (it loads Tika's type registry), so keep one.
    private final Detector detector = new DefaultDetector();

    private final Detector magic = MimeTypes.getDefaultMimeTypes();

    public String detect(Path file) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(file)) {
            return detector.detect(in, new Metadata()).getBaseType().toString();
        }
    }

    /**
     * The type the first {@code length} bytes show by their magic alone, before the rest has arrived. A container
     * (ZIP, OLE2) shows here as the container: its exact kind needs the whole file ({@link #detect}).
     */
    public String detectHead(byte[] head, int length) throws IOException {
        return magic.detect(new ByteArrayInputStream(head, 0, length), new Metadata()).getBaseType().toString();
    }
}
