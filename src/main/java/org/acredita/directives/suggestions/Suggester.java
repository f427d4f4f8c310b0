package org.acredita.directives.suggestions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acredita.standards.Text;
import org.acredita.standards.format.ManualDocument;

/**
 * Turns the index's ranking into suggestions a manager can judge: the standard's texts in the reader's language (the
 * other one when a translation is missing) with the matched words marked, and the elements whose words the section
 * shares proposed for the mapping.
 */
final class Suggester {

    /** At most this many suggestions per section: the precision at 3 and recall at 5 are measured on them. */
    static final int LIMIT = 5;

    private Suggester() {
    }

    static List<Suggestion> suggest(ManualIndex index, ManualIndex.SectionText section, String readerLanguage,
            Set<String> excluded) {
        List<ManualIndex.Ranked> ranked = index.rank(section, excluded, LIMIT);
        Map<ManualLanguage, Set<String>> terms = new EnumMap<>(ManualLanguage.class);
        for (ManualLanguage language : ManualLanguage.values()) {
            terms.put(language, ManualIndex.terms(section, language));
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (ManualIndex.Ranked hit : ranked) {
            suggestions.add(suggestion(suggestions.size() + 1, hit, terms, ManualLanguage.of(readerLanguage)));
        }
        return suggestions;
    }

    private static Suggestion suggestion(int rank, ManualIndex.Ranked hit, Map<ManualLanguage, Set<String>> section,
            ManualLanguage reader) {
        ManualDocument.Standard standard = hit.standard();
        ManualLanguage shown = has(standard.title(), reader) || has(standard.statement(), reader) ? reader
                : reader == ManualLanguage.SPANISH ? ManualLanguage.ENGLISH : ManualLanguage.SPANISH;
        Set<String> terms = section.get(shown);
        List<Fragment> title = MatchedWords.highlight(in(standard.title(), shown), shown, terms);
        List<Fragment> statement = MatchedWords.highlight(in(standard.statement(), shown), shown, terms);
        List<List<Fragment>> elementTexts = standard.elements().stream()
                .map(e -> MatchedWords.highlight(in(e.text(), shown), shown, terms)).toList();
        List<Boolean> matched = new ArrayList<>();
        for (ManualDocument.Element element : standard.elements()) {
            matched.add(sharesWords(element.text(), section));
        }
        boolean noneMatched = !matched.contains(true);
        List<Suggestion.Element> elements = new ArrayList<>();
        for (int i = 0; i < standard.elements().size(); i++) {
            elements.add(new Suggestion.Element(standard.elements().get(i).letter(), elementTexts.get(i),
                    noneMatched || matched.get(i)));
        }
        List<List<Fragment>> all = new ArrayList<>(List.of(title, statement));
        all.addAll(elementTexts);
        return new Suggestion(rank, standard.number(), title, statement, elements, hit.score(),
                MatchedWords.marked(all), shown.code());
    }

    /** Whether the element's text shares a word with the section in either language. */
    private static boolean sharesWords(Text text, Map<ManualLanguage, Set<String>> section) {
        for (ManualLanguage language : ManualLanguage.values()) {
            Set<String> words = language.terms(in(text, language));
            words.retainAll(section.get(language));
            if (!words.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Text text, ManualLanguage language) {
        String value = in(text, language);
        return value != null && !value.isBlank();
    }

    private static String in(Text text, ManualLanguage language) {
        return text == null ? null : language == ManualLanguage.SPANISH ? text.es() : text.en();
    }
}
