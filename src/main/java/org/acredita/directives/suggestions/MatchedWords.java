package org.acredita.directives.suggestions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts a text into fragments, marking the words whose analysed form is one of the section's terms, so "detenidas"
 * in the standard lights up for "detenida" in the section. The text is kept exactly; only where it is cut changes.
 */
final class MatchedWords {

    private MatchedWords() {
    }

    static List<Fragment> highlight(String text, ManualLanguage language, Set<String> terms) {
        List<Fragment> fragments = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return fragments;
        }
        int done = 0;
        try (TokenStream stream = language.analyzer().tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (terms.contains(term.toString()) && offset.startOffset() >= done) {
                    if (offset.startOffset() > done) {
                        fragments.add(new Fragment(text.substring(done, offset.startOffset()), false));
                    }
                    fragments.add(new Fragment(text.substring(offset.startOffset(), offset.endOffset()), true));
                    done = offset.endOffset();
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (done < text.length()) {
            fragments.add(new Fragment(text.substring(done), false));
        }
        return fragments;
    }

    /** The marked words, once each, as the standard writes them. */
    static List<String> marked(List<List<Fragment>> texts) {
        return texts.stream().flatMap(List::stream).filter(Fragment::matched).map(f -> f.text().toLowerCase())
                .distinct().toList();
    }
}
