package org.acredita.proofs.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.acredita.proofs.Proof;
import org.acredita.search.Search;
import org.acredita.search.SearchDocument;
import org.acredita.search.TextExtraction;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StoredFiles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Puts a proof's words into the search index: a file's text is extracted from the received content before the
 * recording transaction begins (files larger than {@code acredita.proofs.text-max-size} and media are found by
 * title only, so a huge upload never loads a parser), and only the index row is written in that transaction,
 * with the note and link of the proof.
 */
@Component
public class ProofIndexing {

    /** Search kind of proofs; the source id is the proof's id. */
    public static final String KIND = "proof";

    private final Search search;
    private final TextExtraction text;
    private final StoredFiles files;
    private final long textMaxBytes;

    ProofIndexing(Search search, TextExtraction text, StoredFiles files,
            @Value("${acredita.proofs.text-max-size:50MB}") DataSize textMaxSize) {
        this.search = search;
        this.text = text;
        this.files = files;
        this.textMaxBytes = textMaxSize.toBytes();
    }

    /** Whether a file of this type and size has its words extracted. */
    public boolean extracts(String contentType, long size) {
        return size <= textMaxBytes && !contentType.startsWith("image/") && !contentType.startsWith("audio/")
                && !contentType.startsWith("video/") && !contentType.equals("application/zip");
    }

    /**
     * The words of a received file for the index, or null when files of its type or size are found by title only.
     * Call it before the transaction that records the proof: parsing a large document takes a while.
     */
    public String textOf(ReceivedFile received) {
        if (!extracts(received.contentType(), received.size())) {
            return null;
        }
        try (InputStream content = files.read(received)) {
            return text.textOf(content, received.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The words of a file already kept (a library document linked as a proof), or null as for {@link #textOf};
     * read before the transaction that records the proof.
     */
    public String textOfStored(java.util.UUID storedFileId) {
        org.acredita.storage.FileDownload download = files.open(storedFileId);
        try (InputStream content = download.content()) {
            if (!extracts(download.file().contentType(), download.file().size())) {
                return null;
            }
            return text.textOf(content, download.file().originalName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the proof's index row in the caller's transaction; {@code fileText} from {@link #textOf}. */
    public void index(Proof proof, String fileText) {
        StringBuilder body = new StringBuilder();
        if (proof.note() != null) {
            body.append(proof.note()).append('\n');
        }
        if (proof.url() != null) {
            body.append(proof.url()).append('\n');
        }
        if (proof.storedFileId() != null && proof.textIndexed() && fileText != null) {
            body.append(fileText);
        }
        search.index(new SearchDocument(proof.agencyId(), KIND, proof.id().toString(),
                proof.number() + " · " + proof.title() + " (" + proof.documentDate() + ")", body.toString(),
                "/accreditation-files/" + proof.fileId() + "/proofs/" + proof.id()));
    }

    public void remove(Proof proof) {
        search.remove(proof.agencyId(), KIND, proof.id().toString());
    }
}
