package org.acredita.directives.suggestions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The two reading languages of a manual, each analysed the way its words vary: stop words dropped while they still
 * carry their accents (Lucene's lists are accented), then accents folded so "detención" and "detencion" meet, then
 * stemmed so "detenidas" and "detenida" do.
 */
enum ManualLanguage {

    SPANISH("es"), ENGLISH("en");

    private final String code;
    private final Analyzer analyzer;

    ManualLanguage(String code) {
        this.code = code;
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream words = "es".equals(code) ? spanish(source) : english(source);
                return new TokenStreamComponents(source, words);
            }
        };
    }

    private static TokenStream spanish(Tokenizer source) {
        TokenStream words = new LowerCaseFilter(source);
        words = new StopFilter(words, SpanishAnalyzer.getDefaultStopSet());
        return new SpanishLightStemFilter(new ASCIIFoldingFilter(words));
    }

    private static TokenStream english(Tokenizer source) {
        TokenStream words = new LowerCaseFilter(new EnglishPossessiveFilter(source));
        words = new StopFilter(words, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(new ASCIIFoldingFilter(words));
    }

    String code() {
        return code;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /** The distinct terms of a text, in the order they first appear. */
    Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static ManualLanguage of(String code) {
        return "en".equals(code) ? ENGLISH : SPANISH;
    }
}
