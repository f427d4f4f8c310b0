package org.acredita.portability.internal;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Writes one page of the archive's human index: a self-contained HTML document (its style inline, nothing fetched,
 * so it opens offline from the unzipped folder), every value escaped by the template engine, written into the
 * archive as it is rendered.
 */
@Component
public class IndexPages {

    private final TemplateEngine templates;
    private final MessageSource messages;
    /** The page's style, written into its {@code <style>} element as it is (it is ours, not anyone's input). */
    private final Content css;

    IndexPages(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
        try (var in = new ClassPathResource("portability/index.css").getInputStream()) {
            String style = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            this.css = output -> output.writeContent(style);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders the page in this language into {@code out}, which stays open (it is the archive). */
    public void write(ReadableIndex index, String language, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String other = ReadableIndex.LANGUAGES.stream().filter(tag -> !tag.equals(language)).findFirst().orElseThrow();
        templates.render("portability/index.jte", Map.of("ui",
                new IndexWords(messages, Locale.forLanguageTag(language), index.zone()), "index", index, "css", css,
                "otherPage", ReadableIndex.PAGES.get(other)), new WriterOutput(writer));
        writer.flush();
    }
}
