package org.acredita.search;

import java.io.InputStream;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The text of a file (PDF, Word, Excel, PowerPoint, plain text) for the search index, with Apache
 * Tika. Reads at most {@link SearchDocument#MAX_BODY} characters. A file Tika cannot read gives no
 * text rather than an error: the file itself is kept; only its words are not searchable.
 */
@Service
public class TextExtraction {

    private static final Logger log = LoggerFactory.getLogger(TextExtraction.class);
    private final AutoDetectParser parser = new AutoDetectParser();

    public String textOf(InputStream content, String fileName) {
        BodyContentHandler handler = new BodyContentHandler(SearchDocument.MAX_BODY);
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try {
            parser.parse(content, handler, metadata, new ParseContext());
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                log.info("Sin texto extraíble / No extractable text in {}: {}", fileName, e.toString());
            }
        }
        return handler.toString().replaceAll("[\\t\\x0B\\f\\r ]+", " ").replaceAll("\\n\\s*\\n+", "\n").strip();
    }
}
