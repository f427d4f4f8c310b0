package org.acredita.directives.suggestions;

import java.util.List;

/**
 * A standard a section most likely covers, with its title, statement and elements in the reader's language cut
 * into fragments that mark the words the section matched.
 *
 * @param rank 1 for the best
 * @param score BM25 score, comparable only among the suggestions of one section
 * @param matchedWords the standard's words the section matched, as the standard writes them
 * @param language the language the texts are in ("es" or "en"): the reader's, unless the manual lacks it
 */
public record Suggestion(int rank, String standardNumber, List<Fragment> title, List<Fragment> statement,
        List<Element> elements, double score, List<String> matchedWords, String language) {

    /** An element of the standard; {@code suggested} when the section matched its words (all, when none matched). */
    public record Element(String letter, List<Fragment> text, boolean suggested) {
    }

    /** The letters an acceptance maps: the suggested elements (none for a standard without elements). */
    public List<String> suggestedLetters() {
        return elements.stream().filter(Element::suggested).map(Element::letter).toList();
    }
}
