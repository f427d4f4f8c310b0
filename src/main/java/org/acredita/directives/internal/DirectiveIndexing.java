package org.acredita.directives.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.acredita.directives.internal.Directive;
import org.acredita.directives.internal.DirectiveVersion;
import org.acredita.directives.internal.Section;
import org.acredita.search.Search;
import org.acredita.search.SearchDocument;
import org.acredita.search.TextExtraction;
import org.acredita.storage.FileDownload;
import org.acredita.storage.ReceivedFile;
import org.acredita.storage.StoredFile;
import org.acredita.storage.StoredFiles;
import org.springframework.stereotype.Component;

/**
 * Keeps a directive version findable by its words: its text, its sections' headings and excerpts and the text
 * of its documents, indexed in the caller's transaction whenever one of them changes. The documents' words are
 * extracted before that transaction ({@link #wordsOfDocuments}), since parsing takes a while; only the index row
 * is written in it.
 */
@Component
public class DirectiveIndexing {

    /** Search kind of directive versions; the source id is the version's id. */
    public static final String KIND = "directive";

    private final Search search;
    private final TextExtraction text;
    private final StoredFiles files;
    private final SectionRepository sections;

    DirectiveIndexing(Search search, TextExtraction text, StoredFiles files, SectionRepository sections) {
        this.search = search;
        this.text = text;
        this.files = files;
        this.sections = sections;
    }

    /**
     * The words of a version's documents by content hash, with those of a document about to be recorded; call it
     * before the transaction that changes the version.
     */
    public Map<String, String> wordsOfDocuments(UUID agencyId, UUID versionId, String documentType,
            ReceivedFile adding) {
        Map<String, String> words = new HashMap<>();
        for (StoredFile file : files.list(agencyId, documentType, versionId.toString())) {
            words.computeIfAbsent(file.sha256(), sha256 -> wordsOf(file));
        }
        if (adding != null) {
            try (InputStream content = files.read(adding)) {
                words.put(adding.sha256(), text.textOf(content, adding.name()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }

    /**
     * Writes the version's index row; {@code documentWords} from {@link #wordsOfDocuments}. A document recorded
     * by someone else since then (rare) has its words extracted here, so the index never misses one.
     */
    public void index(Directive directive, DirectiveVersion version, String documentType,
            Map<String, String> documentWords) {
        StringBuilder body = new StringBuilder();
        append(body, version.body());
        append(body, version.changeSummary());
        List<Section> parts = sections.ofVersions(version.agencyId(), List.of(version.id()))
                .getOrDefault(version.id(), List.of());
        for (Section section : parts) {
            append(body, section.number() + " " + section.heading());
            append(body, section.excerpt());
        }
        for (StoredFile file : files.list(version.agencyId(), documentType, version.id().toString())) {
            append(body, documentWords.containsKey(file.sha256()) ? documentWords.get(file.sha256()) : wordsOf(file));
        }
        search.index(new SearchDocument(version.agencyId(), KIND, version.id().toString(),
                directive.code() + " · " + directive.title() + " (" + version.label() + ")", body.toString(),
                "/agencies/" + version.agencyId() + "/directives/" + directive.id()));
    }

    private String wordsOf(StoredFile file) {
        FileDownload download = files.open(file.id());
        try (InputStream content = download.content()) {
            return text.textOf(content, file.originalName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(StringBuilder body, String text) {
        if (text != null && !text.isBlank() && body.length() < SearchDocument.MAX_BODY) {
            body.append(text.strip()).append('\n');
        }
    }
}
