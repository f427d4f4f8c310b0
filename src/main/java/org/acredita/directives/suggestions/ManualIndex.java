package org.acredita.directives.suggestions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.acredita.standards.Text;
import org.acredita.standards.format.ManualDocument;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One manual edition's standards as an in-memory Lucene index, ranked against a directive section by BM25 in both
 * reading languages at once: a section written in Spanish meets the Spanish text, one written in English the English
 * text, whatever language the manual is read in. A standard's title weighs more than its statement and elements;
 * the directive's own title adds a little context. Immutable once built, so one index serves concurrent requests.
 */
final class ManualIndex {

    /** What the section and its directive say, the words the ranking looks for. */
    record SectionText(String section, String directive) {
    }

    /** A standard and how well it matched. */
    record Ranked(ManualDocument.Standard standard, double score) {
    }

    private static final float TITLE = 2.0f;
    private static final float CONTEXT = 0.3f;
    /** Words kept per language from a long excerpt: well inside Lucene's 1,024 clauses for the whole query. */
    private static final int MAX_TERMS = 100;
    private static final int MAX_CONTEXT_TERMS = 20;

    private final Map<String, ManualDocument.Standard> standards = new LinkedHashMap<>();
    private final IndexSearcher searcher;

    private ManualIndex(ManualDocument manual) {
        manual.standards().forEach(s -> standards.put(s.number(), s));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<String, Analyzer> byField = new LinkedHashMap<>();
        for (ManualLanguage language : ManualLanguage.values()) {
            byField.put(title(language), language.analyzer());
            byField.put(body(language), language.analyzer());
        }
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(
                ManualLanguage.SPANISH.analyzer(), byField)).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (ManualDocument.Standard standard : manual.standards()) {
                writer.addDocument(document(standard));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher.setSimilarity(new BM25Similarity());
    }

    static ManualIndex of(ManualDocument manual) {
        return new ManualIndex(manual);
    }

    int size() {
        return standards.size();
    }

    /** The terms of the section in a language, as the index analysed the manual's text in it. */
    static Set<String> terms(SectionText query, ManualLanguage language) {
        return language.terms(query.section());
    }

    /** The best standards for the section, best first, leaving out the excluded numbers; only those that share a word. */
    List<Ranked> rank(SectionText query, Set<String> excluded, int limit) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (ManualLanguage language : ManualLanguage.values()) {
            Set<String> terms = terms(query, language);
            Set<String> context = language.terms(query.directive());
            context.removeAll(terms);
            any |= add(all, language, terms.stream().limit(MAX_TERMS).toList(), 1.0f);
            any |= add(all, language, context.stream().limit(MAX_CONTEXT_TERMS).toList(), CONTEXT);
        }
        if (!any || limit <= 0) {
            return List.of();
        }
        try {
            ScoreDoc[] hits = searcher.search(all.build(), limit + excluded.size()).scoreDocs;
            List<Ranked> ranked = new ArrayList<>();
            for (ScoreDoc hit : hits) {
                String number = searcher.storedFields().document(hit.doc).get("number");
                if (!excluded.contains(number) && ranked.size() < limit) {
                    ranked.add(new Ranked(standards.get(number), hit.score));
                }
            }
            return ranked;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean add(BooleanQuery.Builder all, ManualLanguage language, List<String> terms, float weight) {
        if (terms.isEmpty()) {
            return false;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : terms) {
            words.add(new BoostQuery(new TermQuery(new Term(title(language), term)), TITLE), BooleanClause.Occur.SHOULD);
            words.add(new TermQuery(new Term(body(language), term)), BooleanClause.Occur.SHOULD);
        }
        Query built = words.build();
        all.add(weight == 1.0f ? built : new BoostQuery(built, weight), BooleanClause.Occur.SHOULD);
        return true;
    }

    private static Document document(ManualDocument.Standard standard) {
        Document document = new Document();
        document.add(new StoredField("number", standard.number()));
        for (ManualLanguage language : ManualLanguage.values()) {
            Function<Text, String> in = text -> text == null ? null
                    : language == ManualLanguage.SPANISH ? text.es() : text.en();
            add(document, title(language), in.apply(standard.title()));
            add(document, body(language), Stream.concat(Stream.of(in.apply(standard.statement())),
                    standard.elements().stream().map(e -> in.apply(e.text())))
                    .filter(t -> t != null && !t.isBlank()).collect(Collectors.joining("\n")));
        }
        return document;
    }

    private static void add(Document document, String field, String text) {
        if (text != null && !text.isBlank()) {
            document.add(new TextField(field, text, Field.Store.NO));
        }
    }

    private static String title(ManualLanguage language) {
        return "title_" + language.code();
    }

    private static String body(ManualLanguage language) {
        return "body_" + language.code();
    }
}
